import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticlePreview } from "@/components/article/ArticlePreview";
import { PublishedArticle } from "@/components/article/PublishedArticle";
import { currentEditor } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { loadArticleComments } from "@/lib/comments/page-data";
import { authorsOf, findArticle, getContent, isPublic, reachableArticles, sectionOf } from "@/lib/content/store";
import { articleMetadata } from "@/lib/seo/metadata";

type Params = { section: string; slug: string };

// Only the articles below exist at this route. Any other "/{section}/{slug}" falls through to the misplaced-article
// page (next.config.ts), so a wrong section's redirect is never cached with the pages (Next would send a cached
// redirect's Location header twice).
export const dynamicParams = false;

/** Every article that is or will be public: scheduled ones are built as 404s, which expire at their time (lib/cache). */
export function generateStaticParams(): Params[] {
  return reachableArticles(now()).map((article) => ({ section: article.section, slug: article.slug }));
}

/** An editor looking at unpublished work in draft mode; the session is checked, not just the draft-mode cookie. */
async function previewingEditor() {
  return (await draftMode()).isEnabled ? currentEditor() : null;
}

/** The article if this request may see it: public to everyone, unpublished only to a previewing editor. */
async function visibleArticle(slug: string) {
  const article = findArticle(slug);
  if (!article) return { article: undefined, preview: false };
  if (isPublic(article, now())) return { article, preview: false };
  return (await previewingEditor()) ? { article, preview: true } : { article: undefined, preview: false };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { article, preview } = await visibleArticle((await params).slug);
  if (!article) return {};
  if (preview) return { title: `Preview: ${article.title}`, robots: { index: false, follow: false } };
  return articleMetadata(article, authorsOf(article), sectionOf(article), getContent().site);
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const { section, slug } = await params;
  const { article, preview } = await visibleArticle(slug);
  if (!article) notFound();
  // Only a previewing editor, rendered per request, reaches here with another section.
  if (article.section !== section) permanentRedirect(article.path);
  if (preview) return <ArticlePreview article={article} now={now()} />;
  return <PublishedArticle article={article} comments={await loadArticleComments(article, now())} now={now()} />;
}
