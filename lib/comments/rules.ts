// The comment rules, as pure functions of their inputs (the clock included), so each can be tested alone.
import { z } from "zod";
import { sign, verify } from "../security/signing";
import { MAX_COMMENT_ID, parseCommentId } from "./ids";
import { LIMITS } from "./limits";

export { LIMITS };

// C0 and C1 control characters other than tab, line feed and carriage return: invisible, never meant in a comment,
// and parse errors in HTML (NUL is refused outright by PostgreSQL's text columns).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Text as a reader meant it: control characters dropped, then trimmed. */
const plainText = () => z.string().transform((text) => text.replace(CONTROL_CHARACTERS, "").trim());

export const PARENT_GONE = "The comment you are replying to is no longer available.";

/** The longest address mail systems accept (RFC 5321). */
const EMAIL_MAX = 254;

export const commentInputSchema = z.object({
  name: plainText().pipe(
    z.string().min(1, "Enter your name.").max(LIMITS.nameMax, `Your name can be at most ${LIMITS.nameMax} characters.`),
  ),
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address. It is never shown.")
    .max(EMAIL_MAX, "Enter a valid email address, like name@example.com.")
    .pipe(z.email("Enter a valid email address, like name@example.com.")),
  body: plainText().pipe(
    z
      .string()
      .min(LIMITS.bodyMin, `Your comment must be at least ${LIMITS.bodyMin} characters.`)
      .max(LIMITS.bodyMax, `Your comment can be at most ${LIMITS.bodyMax.toLocaleString("en-GB")} characters.`),
  ),
  // Any id no comment can have is a reply to nothing.
  parentId: z
    .preprocess(
      // From a form, only plain decimal digits name a comment ("0x10" and "1e3" do not).
      (value) => (typeof value === "string" ? (parseCommentId(value) ?? Number.NaN) : value),
      z.number(PARENT_GONE).int(PARENT_GONE).positive(PARENT_GONE).max(MAX_COMMENT_ID, PARENT_GONE),
    )
    .optional(),
});

export type CommentInput = z.infer<typeof commentInputSchema>;
export type CommentField = "name" | "email" | "body";
export type FieldErrors = Partial<Record<CommentField, string>>;

export function validateCommentInput(
  raw: Record<string, unknown>,
): { ok: true; value: CommentInput } | { ok: false; fieldErrors: FieldErrors } {
  const result = commentInputSchema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as CommentField;
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}

/** Open unless the article says closed, or it is older than the site's limit and not marked always open. */
export function commentsOpen(
  article: { comments: "auto" | "open" | "closed"; publishedAt: Date },
  closeAfterDays: number,
  now: Date,
): boolean {
  if (article.comments !== "auto") return article.comments === "open";
  return now.getTime() - article.publishedAt.getTime() < closeAfterDays * 86_400_000;
}

/** A signed record of when the comment form was rendered. */
export function signRenderToken(renderedAt: Date, secret: string): string {
  return sign("comment-form", String(renderedAt.getTime()), secret);
}

export type TokenVerdict = "ok" | "too-fast" | "stale" | "forged";

export function checkRenderToken(token: string, now: Date, secret: string): TokenVerdict {
  // A form signed with a rotated-out secret lands here too: the reader is asked to reload.
  const stamp = verify("comment-form", token, secret);
  if (stamp === null || !/^\d+$/.test(stamp)) return "forged";
  const age = now.getTime() - Number(stamp);
  if (age > LIMITS.maxTokenAgeDays * 86_400_000) return "stale";
  if (age < LIMITS.minSecondsOnPage * 1000) return "too-fast";
  return "ok";
}

/** Why this address may not post now, or null. */
export function rateLimitProblem(counts: { lastTenMinutes: number; lastDay: number }): string | null {
  if (counts.lastTenMinutes >= LIMITS.perTenMinutes)
    return `You have posted ${LIMITS.perTenMinutes} comments in the last 10 minutes. Please wait a few minutes before posting again.`;
  if (counts.lastDay >= LIMITS.perDay)
    return `You have posted ${LIMITS.perDay} comments today, the most we accept from one address in a day. Please come back tomorrow.`;
  return null;
}

/** The first word or phrase of the moderation list that the comment contains (whole words, any case). */
export function heldWordIn(body: string, heldWords: string[]): string | null {
  const text = body.toLowerCase();
  return (
    heldWords.find((word) =>
      new RegExp(
        `(^|[^\\p{L}\\p{N}])${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}\\p{N}])`,
        "u",
      ).test(text),
    ) ?? null
  );
}

export type Outcome = "approved" | "pending";

/** Publish at once only for a commenter an editor has approved before, and only when no rule holds the comment. */
export function moderationOutcome(facts: {
  emailTrusted: boolean;
  links: number;
  heldWord: string | null;
  tooFast: boolean;
}): Outcome {
  if (!facts.emailTrusted || facts.tooFast || facts.links >= 2 || facts.heldWord) return "pending";
  return "approved";
}
