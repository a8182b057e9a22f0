import { ActionForm } from "@/components/ui/ActionForm";
import { replyAction } from "@/lib/comments/moderation-actions";
import { LIMITS } from "@/lib/comments/limits";
import { commentToHtml } from "@/lib/comments/text";
import type { QueuedComment, QueueState } from "@/lib/comments/moderation";
import { findArticle, getContent } from "@/lib/content/store";
import { formatDateTime, isoInZone } from "@/lib/dates";

const ACTIONS = [
  { decision: "approve", label: "Approve" },
  { decision: "reject", label: "Reject" },
  { decision: "spam", label: "Spam" },
  { decision: "delete", label: "Delete" },
] as const;

/** One comment in the moderation queue: what it says, where, reports, the last decision, and what can be done. */
export function QueueItem({ comment, state }: { comment: QueuedComment; state: QueueState }) {
  const { site } = getContent();
  const article = findArticle(comment.articleSlug);
  const labelId = `queue-${comment.id}`;
  return (
    <article className="queue-item" aria-labelledby={labelId}>
      <header className="queue-item-header">
        <input
          type="checkbox"
          name="id"
          value={comment.id}
          form="bulk"
          id={`select-${comment.id}`}
          aria-labelledby={`select-label-${comment.id}`}
        />
        <span id={`select-label-${comment.id}`} className="visually-hidden">
          Select the comment by {comment.authorName}
        </span>
        <h3 id={labelId} className="queue-item-author">
          {comment.authorName}
          {comment.isStaff && <span className="comment-badge">Newsroom</span>}
        </h3>
        <p className="queue-item-meta">
          on {article ? <a href={`${article.path}#comment-${comment.id}`}>{article.title}</a> : comment.articleSlug}
          {" · "}
          <time dateTime={isoInZone(comment.createdAt, site.timeZone)}>
            {formatDateTime(comment.createdAt, site.timeZone, site.language)}
          </time>
          {comment.parentId && " · reply"}
        </p>
      </header>
      <div className="comment-body" dangerouslySetInnerHTML={{ __html: commentToHtml(comment.body) }} />
      {comment.reports.length > 0 && (
        <div className="queue-reports">
          <p>
            <strong>
              Reported {comment.reports.length} time{comment.reports.length === 1 ? "" : "s"}
              {comment.hiddenByReports ? " (hidden until you decide)" : ""}:
            </strong>
          </p>
          <ul>
            {comment.reports.map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {comment.lastEvent && (
        <p className="queue-item-meta">
          Last action: {comment.lastEvent.action} by {comment.lastEvent.editor},{" "}
          {formatDateTime(comment.lastEvent.at, site.timeZone, site.language)}
        </p>
      )}
      <div className="queue-actions">
        {ACTIONS.filter((action) => !(action.decision === "approve" && state === "approved")).map((action) => (
          <button
            key={action.decision}
            type="submit"
            form="bulk"
            name="single"
            value={`${action.decision}:${comment.id}`}
            className="button button-quiet"
          >
            {action.label}
            <span className="visually-hidden"> the comment by {comment.authorName}</span>
          </button>
        ))}
      </div>
      {comment.status === "approved" && (
        <details className="queue-reply">
          <summary>
            Reply as the newsroom<span className="visually-hidden"> to {comment.authorName}</span>
          </summary>
          <ActionForm action={replyAction} permalink="/editor/comments" className="form">
            <input type="hidden" name="parentId" value={comment.id} />
            <input type="hidden" name="state" value={state} />
            <div className="field">
              <label htmlFor={`reply-${comment.id}`}>Reply</label>
              <textarea
                id={`reply-${comment.id}`}
                name="body"
                rows={4}
                required
                minLength={LIMITS.bodyMin}
                maxLength={LIMITS.bodyMax}
              />
            </div>
            <button type="submit" className="button">
              Publish reply
            </button>
          </ActionForm>
        </details>
      )}
    </article>
  );
}
