import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticlePreview } from "@/components/article/ArticlePreview";
import { PublishedArticle } from "@/components/article/PublishedArticle";
import { now } from "@/lib/clock";
import { articleForRequest } from "@/lib/content/access";
import { articlePageProps } from "@/lib/content/article-page";
import { authorsOf, getContent, reachableArticles, sectionOf } from "@/lib/content/store";
import { articleMetadata } from "@/lib/seo/metadata";

type Params = Awaited<PageProps<"/[section]/[slug]">["params"]>;

// Only the articles below exist at this route. Any other "/{section}/{slug}" falls through to the moved-article
// page (next.config.ts), so a wrong section's redirect is never cached with the pages (Next would send a cached
// redirect's Location header twice).
export const dynamicParams = false;

/** Every article that is or will be public: scheduled ones are built as 404s, which expire at their time (lib/cache). */
export function generateStaticParams(): Params[] {
  return reachableArticles(now()).map((article) => ({ section: article.section, slug: article.slug }));
}

export async function generateMetadata({ params }: PageProps<"/[section]/[slug]">): Promise<Metadata> {
  const access = await articleForRequest((await params).slug);
  if (!access) return {};
  const { article, preview } = access;
  if (preview) return { title: `Preview: ${article.title}`, robots: { index: false, follow: false } };
  return articleMetadata(article, authorsOf(article), sectionOf(article), getContent().site, now());
}

export default async function ArticlePage({ params }: PageProps<"/[section]/[slug]">) {
  const { section, slug } = await params;
  const access = await articleForRequest(slug);
  if (!access) notFound();
  const { article, preview } = access;
  // Only a previewing editor, rendered per request, reaches here with another section.
  if (article.section !== section) permanentRedirect(article.path);
  const page = await articlePageProps(article, now(), { preview });
  return preview ? <ArticlePreview page={page} /> : <PublishedArticle page={page} />;
}
