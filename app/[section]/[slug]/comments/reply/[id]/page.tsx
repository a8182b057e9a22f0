// Replying to one comment: the comment, then the form. A page of its own so it works without JavaScript.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommentForm } from "@/components/comments/CommentForm";
import { CommentTask } from "@/components/comments/CommentTask";
import { now } from "@/lib/clock";
import { loadCommentPage } from "@/lib/comments/comment-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reply to a comment", robots: { index: false } };

export default async function ReplyPage({ params }: PageProps<"/[section]/[slug]/comments/reply/[id]">) {
  const { section, slug, id } = await params;
  const found = await loadCommentPage(section, slug, id, now());
  if (!found || found.comment.isReply) notFound();
  const { article, comment, open, renderToken } = found;
  return (
    <CommentTask
      articlePath={article.path}
      articleTitle={article.title}
      comment={comment}
      title={`Reply to ${comment.authorName}`}
    >
      {open ? (
        <CommentForm
          articleSlug={article.slug}
          articlePath={article.path}
          permalink={`${article.path}/comments/reply/${comment.id}`}
          renderToken={renderToken}
          parentId={comment.id}
          heading="Your reply"
          headingLevel={2}
        />
      ) : (
        <p className="comments-closed">Comments are closed.</p>
      )}
    </CommentTask>
  );
}
