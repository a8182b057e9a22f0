// Takes one comment from the form to the database, applying every rule in order; nothing half-written.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { keyedHash } from "../security/signing";
import {
  checkRenderToken,
  heldWordIn,
  moderationOutcome,
  rateLimitProblem,
  validateCommentInput,
  type FieldErrors,
  PARENT_GONE,
} from "./rules";
import {
  findComment,
  forgetOldAddresses,
  insertComment,
  isDuplicate,
  isTrustedEmail,
  postingCounts,
  type StoredComment,
} from "./store";
import { linkCount } from "./text";

export type SubmitContext = {
  db: Kysely<Database>;
  now: Date;
  secret: string;
  heldWords: string[];
  commentsOpen: boolean;
  /** Load tests only: lets one address post without limit. */
  relaxRateLimits?: boolean;
};

export type Submission = {
  articleSlug: string;
  fields: { name?: unknown; email?: unknown; body?: unknown; parentId?: unknown };
  /** The field people never see; anything in it means a robot filled in the form. */
  honeypot: string;
  token: string;
  address: string;
};

export type SubmitResult =
  | { kind: "published" | "pending"; comment: StoredComment }
  | { kind: "discarded" }
  | { kind: "refused"; status: 400 | 403 | 409 | 429; message: string; fieldErrors?: FieldErrors };

const refused = (status: 400 | 403 | 409 | 429, message: string, fieldErrors?: FieldErrors): SubmitResult => ({
  kind: "refused",
  status,
  message,
  fieldErrors,
});

export async function submitComment(submission: Submission, context: SubmitContext): Promise<SubmitResult> {
  const { db, now, secret } = context;
  if (!context.commentsOpen) return refused(403, "Comments are closed on this article.");
  if (submission.honeypot.trim() !== "") return { kind: "discarded" };

  const input = validateCommentInput(submission.fields as Record<string, unknown>);
  if (!input.ok) {
    // A parentId that is no whole number in range names no comment: no field of the reader's to correct.
    const { parentId: badParent, ...fieldErrors } = input.fieldErrors as FieldErrors & { parentId?: string };
    if (badParent && Object.keys(fieldErrors).length === 0) return refused(400, PARENT_GONE);
    return refused(400, "Please correct the highlighted fields.", fieldErrors);
  }
  const { name, email, body } = input.value;

  const token = checkRenderToken(submission.token, now, secret);
  if (token === "forged")
    return refused(400, "We could not verify this form. Please reload the page and post your comment again.");
  if (token === "stale")
    return refused(400, "This page was opened too long ago. Please reload it and post your comment again.");

  let parentId: number | null = null;
  if (input.value.parentId) {
    const parent = await findComment(db, input.value.parentId);
    if (!parent || parent.articleSlug !== submission.articleSlug || parent.status !== "approved") {
      return refused(400, PARENT_GONE);
    }
    parentId = parent.parentId ?? parent.id;
  }

  const addressHash = keyedHash("comment-address", submission.address, secret);
  if (!context.relaxRateLimits) {
    const limited = rateLimitProblem(await postingCounts(db, addressHash, now));
    if (limited) return refused(429, limited);
  }
  if (await isDuplicate(db, submission.articleSlug, body, now)) {
    return refused(409, "You have already posted this comment here. It will not be posted twice.");
  }

  const emailHash = keyedHash("comment-email", email.toLowerCase(), secret);
  const status = moderationOutcome({
    emailTrusted: await isTrustedEmail(db, emailHash),
    links: linkCount(body),
    heldWord: heldWordIn(body, context.heldWords),
    tooFast: token === "too-fast",
  });
  const comment = await insertComment(
    db,
    { articleSlug: submission.articleSlug, parentId, authorName: name, emailHash, addressHash, body, status },
    now,
  );
  await forgetOldAddresses(db, now);
  return { kind: status === "approved" ? "published" : "pending", comment };
}
