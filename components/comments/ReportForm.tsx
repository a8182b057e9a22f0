"use client";
// Client leaf: shows the thank-you in place; without JavaScript the form posts and the page re-renders with it.
import { useActionState } from "react";
import { reportCommentAction, type ReportState } from "@/lib/comments/actions";
import { LIMITS } from "@/lib/comments/limits";
import { REPORT_REASONS } from "@/lib/comments/report-reasons";

const FORM_ID = "report-form";

type Props = { commentId: number; permalink: string; articlePath: string };

export function ReportForm({ commentId, permalink, articlePath }: Props) {
  // Without JavaScript the answer comes back as a whole page: the fragment scrolls it into view.
  const [state, action, pending] = useActionState<ReportState, FormData>(
    reportCommentAction,
    {},
    `${permalink}#${FORM_ID}`,
  );
  if (state.done) {
    return (
      <div id={FORM_ID} className="notice" role="status">
        <p>Thank you. The editors will look at this comment.</p>
        <p>
          <a href={`${articlePath}#comments`}>Back to the comments</a>
        </p>
      </div>
    );
  }
  return (
    <form id={FORM_ID} action={action} className="form">
      {state.error && (
        <p role="alert" className="form-error">
          {state.error}
        </p>
      )}
      <input type="hidden" name="commentId" value={commentId} />
      <fieldset className="field">
        <legend>Why are you reporting this comment?</legend>
        {REPORT_REASONS.map((reason, i) => (
          <div key={reason} className="choice">
            <input type="radio" id={`reason-${i}`} name="reason" value={reason} required />
            <label htmlFor={`reason-${i}`}>{reason}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="report-details">Anything the editors should know (optional)</label>
        <textarea id="report-details" name="details" rows={3} maxLength={LIMITS.reportDetailsMax} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Sending…" : "Send report"}
      </button>
    </form>
  );
}
