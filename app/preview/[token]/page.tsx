import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ArticlePreview } from "@/components/article/ArticlePreview";
import { verifyPreviewToken } from "@/lib/auth/preview-links";
import { authSecret } from "@/lib/auth/secret";
import { now } from "@/lib/clock";
import { articlePageProps } from "@/lib/content/article-page";
import { findArticle, isPublic } from "@/lib/content/store";

// A shared preview is checked on every request: it must stop working the moment it expires.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

export default async function SharedPreviewPage({ params }: PageProps<"/preview/[token]">) {
  const at = now();
  const verified = verifyPreviewToken((await params).token, at, authSecret());
  const article = verified.ok ? findArticle(verified.value.slug) : undefined;
  if (!verified.ok || !article) notFound();
  if (isPublic(article, at)) redirect(article.path);
  const page = await articlePageProps(article, at, { preview: true });
  return <ArticlePreview page={page} expiresAt={new Date(verified.value.expiresAt)} />;
}
