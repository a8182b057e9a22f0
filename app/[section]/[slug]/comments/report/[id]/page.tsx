// Reporting one comment to the editors, with a reason.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommentTask } from "@/components/comments/CommentTask";
import { ReportForm } from "@/components/comments/ReportForm";
import { now } from "@/lib/clock";
import { loadCommentPage } from "@/lib/comments/comment-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Report a comment", robots: { index: false } };

export default async function ReportPage({ params }: PageProps<"/[section]/[slug]/comments/report/[id]">) {
  const { section, slug, id } = await params;
  const found = await loadCommentPage(section, slug, id, now(), { forReport: true });
  if (!found) notFound();
  const { article, comment } = found;
  return (
    <CommentTask articlePath={article.path} articleTitle={article.title} comment={comment} title="Report a comment">
      <ReportForm
        commentId={comment.id}
        permalink={`${article.path}/comments/report/${comment.id}`}
        articlePath={article.path}
      />
    </CommentTask>
  );
}
