import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { PreviewBar } from "@/components/article/PreviewBar";
import { verifyPreviewToken } from "@/lib/auth/preview-links";
import { authSecret } from "@/lib/auth/secret";
import { now } from "@/lib/clock";
import { articlePageProps } from "@/lib/content/article-page";
import { findArticle, getContent, isPublic } from "@/lib/content/store";

// A shared preview is checked on every request: it must stop working the moment it expires.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

export default async function SharedPreviewPage({ params }: { params: Promise<{ token: string }> }) {
  const at = now();
  const verified = verifyPreviewToken((await params).token, at, authSecret());
  const article = verified.ok ? findArticle(verified.value.slug) : undefined;
  if (!verified.ok || !article) notFound();
  if (isPublic(article, at)) redirect(article.path);
  const { site } = getContent();
  return (
    <>
      <PreviewBar
        status={article.status === "draft" ? "draft" : "scheduled"}
        publishedAt={article.publishedAt}
        timeZone={site.timeZone}
        locale={site.language}
        exitable={false}
        expiresAt={new Date(verified.value.expiresAt)}
      />
      <ArticleView {...articlePageProps(article, at)} />
    </>
  );
}
