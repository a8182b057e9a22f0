// The notice shown, with status 410 (set by proxy.ts), at the address of a withdrawn article.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { now } from "@/lib/clock";
import { findArticle, getContent, isRetracted } from "@/lib/content/store";
import { formatDate } from "@/lib/dates";

export const dynamic = "force-dynamic";
// Next marks the 410 response noindex itself.
export const metadata: Metadata = { title: "Article withdrawn" };

export default async function RetractedArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const article = findArticle((await params).slug);
  if (!article || !isRetracted(article, now()) || !article.retracted) notFound();
  const { site } = getContent();
  return (
    <div className="container not-found">
      <h1 className="page-title">This article has been withdrawn</h1>
      <p>
        “{article.title}” was withdrawn on {formatDate(article.retracted.at, site.timeZone, site.language)}.
      </p>
      <p className="notice">{article.retracted.notice}</p>
      <p>
        <Link href={`/${article.section}`} className="back-link">More from this section</Link>
      </p>
    </div>
  );
}
