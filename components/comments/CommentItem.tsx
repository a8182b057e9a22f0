import Link from "next/link";
import type { CommentView } from "@/lib/comments/view";

type Props = {
  comment: CommentView;
  articlePath: string;
  /** Links to reply and report; left out on a pending preview. */ actions?: boolean;
};

/** One comment: who, when (labelled), what, and its permalink. */
export function CommentItem({ comment, articlePath, actions = true }: Props) {
  return (
    <article
      id={`comment-${comment.id}`}
      className={["comment", comment.isStaff && "comment-staff", comment.pending && "comment-pending"]
        .filter(Boolean)
        .join(" ")}
      aria-labelledby={`comment-${comment.id}-author`}
    >
      <header className="comment-header">
        <p id={`comment-${comment.id}-author`} className="comment-author">
          {comment.authorName}
          {comment.isStaff && <span className="comment-badge">Newsroom</span>}
        </p>
        <p className="comment-date">
          <span className="visually-hidden">Posted </span>
          <time dateTime={comment.dateTime}>{comment.dateLabel}</time>
        </p>
        {comment.pending && <p className="comment-pending-label">Awaiting moderation: only you can see this</p>}
      </header>
      <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
      {actions && (
        <footer className="comment-actions">
          <a href={`${articlePath}#comment-${comment.id}`}>
            Link<span className="visually-hidden"> to comment by {comment.authorName}</span>
          </a>
          {!comment.isReply && (
            <Link href={`${articlePath}/comments/reply/${comment.id}`} rel="nofollow">
              Reply<span className="visually-hidden"> to {comment.authorName}</span>
            </Link>
          )}
          <Link href={`${articlePath}/comments/report/${comment.id}`} rel="nofollow">
            Report<span className="visually-hidden"> comment by {comment.authorName}</span>
          </Link>
        </footer>
      )}
    </article>
  );
}
