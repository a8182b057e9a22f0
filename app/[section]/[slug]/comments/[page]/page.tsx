// Later pages of a long conversation: plain links, so they work without JavaScript and crawlers follow them.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentThreads } from "@/components/comments/CommentThreads";
import { Pagination } from "@/components/ui/Pagination";
import { loadCommentsPage } from "@/lib/comments/comments-page";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[section]/[slug]/comments/[page]">): Promise<Metadata> {
  const { section, slug, page } = await params;
  const found = await loadCommentsPage(section, slug, page);
  if (!found) return {};
  const { article, number } = found;
  return {
    title: `Comments, page ${number}: ${article.title}`,
    alternates: { canonical: `${article.path}/comments/${number}` },
  };
}

export default async function CommentsPage({ params }: PageProps<"/[section]/[slug]/comments/[page]">) {
  const { section, slug, page } = await params;
  const found = await loadCommentsPage(section, slug, page);
  if (!found) notFound();
  const { article, number, comments } = found;
  return (
    <div className="comments-page container">
      <p>
        <Link href={article.path} className="back-link">
          ← {article.title}
        </Link>
      </p>
      <h1 className="page-title">Comments, page {number}</h1>
      <CommentThreads threads={comments.threads} articlePath={article.path} />
      <Pagination
        basePath={article.path}
        page={number}
        pageCount={comments.pageCount}
        label="Pages of comments"
        href={(n) => (n === 1 ? `${article.path}#comments` : `${article.path}/comments/${n}`)}
        previousLabel="← Earlier comments"
        nextLabel="Later comments →"
      />
    </div>
  );
}
