import Link from "next/link";
import type { ArticleComments } from "@/lib/comments/page-data";
import { commentCountLabel } from "@/lib/comments/view";
import type { Article } from "@/lib/content/store";
import { CommentForm } from "./CommentForm";
import { CommentItem } from "./CommentItem";
import { CommentThreads } from "./CommentThreads";

const OUTCOME = {
  published: "Thank you: your comment is published.",
  pending: "Thank you: your comment is awaiting moderation. An editor will review it before it appears to others.",
} as const;

/** The article's conversation, rendered on the server so every reader and crawler gets it in the HTML. */
export function CommentsSection({ article, comments }: { article: Article; comments: ArticleComments }) {
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading" className="block-heading">
        {commentCountLabel(comments.count)}
      </h2>
      {comments.flash && (
        <p className="notice" role="status">
          {OUTCOME[comments.flash.kind]}
        </p>
      )}
      {comments.ownPending && <CommentItem comment={comments.ownPending} articlePath={article.path} actions={false} />}
      {comments.threads.length > 0 ? (
        <CommentThreads threads={comments.threads} articlePath={article.path} />
      ) : (
        <p className="comments-empty">No comments yet.</p>
      )}
      {comments.pageCount > 1 && (
        <p className="comments-more">
          <Link href={`${article.path}/comments/2`}>More comments</Link>
        </p>
      )}
      {comments.open ? (
        <CommentForm
          articleSlug={article.slug}
          articlePath={article.path}
          permalink={article.path}
          renderToken={comments.renderToken}
          heading="Add a comment"
        />
      ) : (
        <p className="comments-closed">Comments are closed.</p>
      )}
    </section>
  );
}
