"use server";
// The comment form's Server Actions. With JavaScript the reader stays on the page and sees the outcome in place;
// without it the post ends in a redirect back to the article, whose next view shows the outcome.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { authSecret } from "../auth/secret";
import { clientAddress } from "../http/client-address";
import { now } from "../clock";
import { publicArticle } from "../content/access";
import { getContent } from "../content/store";
import { getDb } from "../db/connection";
import { unlessUnavailable, UNAVAILABLE_MESSAGE } from "../db/unavailable";
import { keyedHash } from "../security/signing";
import { encodeFlash, FLASH_COOKIE, FLASH_SECONDS } from "./flash";
import { REPORT_REASONS, type ReportReason } from "./report-reasons";
import { parseCommentId } from "./ids";
import { LIMITS, type FieldErrors } from "./rules";
import { articleTakesComments } from "./settings";
import { refreshArticlePages } from "./refresh";
import { findComment, reportComment } from "./store";
import { submitComment } from "./submit";
import { viewComment, type CommentView } from "./view";

export type CommentFormState = {
  outcome?: "published" | "pending";
  message?: string;
  fieldErrors?: FieldErrors;
  values?: { name: string; email: string; body: string };
  /** The reader's own comment while it waits for moderation, shown only to them. */
  pendingComment?: CommentView;
  /** Changes on every submission, so the form can react to each outcome once. */
  submittedAt?: number;
};

export async function postCommentAction(_previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  const at = now();
  const values = {
    name: String(form.get("name") ?? ""),
    email: String(form.get("email") ?? ""),
    body: String(form.get("body") ?? ""),
  };
  const article = publicArticle(String(form.get("article") ?? ""), at);
  if (!article) return { message: "This article does not take comments.", values, submittedAt: at.getTime() };

  const secret = authSecret();
  const { site, moderation } = getContent();
  const result = await unlessUnavailable(async () =>
    submitComment(
      {
        articleSlug: article.slug,
        fields: { ...values, parentId: form.get("parentId") || undefined },
        honeypot: String(form.get("website") ?? ""),
        token: String(form.get("token") ?? ""),
        address: clientAddress(await headers()),
      },
      {
        db: await getDb(),
        now: at,
        secret,
        heldWords: moderation.heldWords,
        commentsOpen: articleTakesComments(article, at),
        relaxRateLimits: process.env.COMMENT_RATE_LIMITS === "off",
      },
    ),
  );
  // The database is restarting or out of reach: the reader keeps what they typed and is asked to try again.
  if (result.kind === "unavailable") return { message: UNAVAILABLE_MESSAGE, values, submittedAt: at.getTime() };
  if (result.kind === "refused")
    return { message: result.message, fieldErrors: result.fieldErrors, values, submittedAt: at.getTime() };
  if (result.kind === "published") refreshArticlePages([article.slug]);

  const outcome = result.kind === "published" ? "published" : "pending";
  const comment = result.kind === "discarded" ? null : result.comment;
  if (form.get("js") !== "1") {
    (await cookies()).set(FLASH_COOKIE, encodeFlash({ kind: outcome, commentId: comment?.id ?? null }, secret), {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: FLASH_SECONDS,
    });
    redirect(`${article.path}#${comment && outcome === "published" ? `comment-${comment.id}` : "comments"}`);
  }
  return {
    outcome,
    message:
      outcome === "published"
        ? "Thank you: your comment is published."
        : "Thank you: your comment is awaiting moderation. An editor will review it before it appears to others.",
    pendingComment: comment && outcome === "pending" ? viewComment(comment, site.timeZone, site.language) : undefined,
    submittedAt: at.getTime(),
  };
}

export type ReportState = { done?: boolean; error?: string };

export async function reportCommentAction(_previous: ReportState, form: FormData): Promise<ReportState> {
  const reason = String(form.get("reason") ?? "");
  const details = String(form.get("details") ?? "")
    .trim()
    .slice(0, LIMITS.reportDetailsMax);
  if (!REPORT_REASONS.includes(reason as ReportReason)) return { error: "Choose why you are reporting this comment." };
  const db = await getDb();
  const id = parseCommentId(String(form.get("commentId") ?? ""));
  const comment = id === null ? undefined : await findComment(db, id);
  if (!comment || comment.status !== "approved") return { error: "This comment is no longer available." };
  const at = now();
  const reporter = keyedHash("comment-reporter", clientAddress(await headers()), authSecret());
  const outcome = await reportComment(db, comment.id, details ? `${reason}: ${details}` : reason, reporter, at);
  if (outcome === "rate-limited") {
    return {
      error: `You have sent ${LIMITS.reportsPerHour} reports in the last hour, the most we take from one address. Please try again later.`,
    };
  }
  if (outcome === "reported") refreshArticlePages([comment.articleSlug]);
  return { done: true };
}
