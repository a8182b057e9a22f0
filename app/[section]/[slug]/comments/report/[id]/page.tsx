// Reporting one comment to the editors, with a reason.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentItem } from "@/components/comments/CommentItem";
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
    <div className="comment-task container">
      <p>
        <Link href={`${article.path}#comment-${comment.id}`} className="back-link">
          ← {article.title}
        </Link>
      </p>
      <h1 className="page-title">Report a comment</h1>
      <CommentItem comment={comment} articlePath={article.path} actions={false} />
      <ReportForm
        commentId={comment.id}
        permalink={`${article.path}/comments/report/${comment.id}`}
        articlePath={article.path}
      />
    </div>
  );
}
