// Later pages of a long conversation: plain links, so they work without JavaScript and crawlers follow them.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentThreads } from "@/components/comments/CommentThreads";
import { Pagination } from "@/components/ui/Pagination";
import { now } from "@/lib/clock";
import { loadArticleComments } from "@/lib/comments/page-data";
import { findArticle, isPublic } from "@/lib/content/store";
import { parsePageParam } from "@/lib/pagination";

export const dynamic = "force-dynamic";

type Params = { section: string; slug: string; page: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { slug, page } = await params;
  const article = findArticle(slug);
  return article ? { title: `Comments, page ${page}: ${article.title}`, alternates: { canonical: `${article.path}/comments/${page}` } } : {};
}

export default async function CommentsPage({ params }: { params: Promise<Params> }) {
  const { section, slug, page } = await params;
  const article = findArticle(slug);
  const number = parsePageParam(page);
  if (!article || !isPublic(article, now()) || article.section !== section || !(number >= 2)) notFound();
  const comments = await loadArticleComments(article, now(), number);
  if (number > comments.pageCount) notFound();
  return (
    <div className="container comments-page">
      <p><Link href={article.path} className="back-link">← {article.title}</Link></p>
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
