import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ArticlePreview } from "@/components/article/ArticlePreview";
import { now } from "@/lib/clock";
import { articlePageProps } from "@/lib/content/article-page";
import { sharedPreview } from "@/lib/content/shared-preview";
import { isPublic } from "@/lib/content/store";

// A shared preview is checked on every request: it must stop working the moment it expires.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

export default async function SharedPreviewPage({ params }: PageProps<"/preview/[token]">) {
  const at = now();
  // proxy.ts has answered a dead link already; this catches one that died since.
  const preview = sharedPreview((await params).token, at);
  if (!preview) notFound();
  if (isPublic(preview.article, at)) redirect(preview.article.path);
  const page = await articlePageProps(preview.article, at, { preview: true });
  return <ArticlePreview page={page} expiresAt={preview.expiresAt} />;
}
