import type { ThreadView } from "@/lib/comments/view";
import { CommentItem } from "./CommentItem";

/** Top-level comments oldest first, each followed by its replies. */
export function CommentThreads({ threads, articlePath }: { threads: ThreadView[]; articlePath: string }) {
  return (
    <ol className="comment-threads">
      {threads.map((thread) => (
        <li key={thread.id}>
          <CommentItem comment={thread} articlePath={articlePath} />
          {thread.replies.length > 0 && (
            <ol className="comment-replies" aria-label={`Replies to ${thread.authorName}`}>
              {thread.replies.map((reply) => (
                <li key={reply.id}>
                  <CommentItem comment={reply} articlePath={articlePath} />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
