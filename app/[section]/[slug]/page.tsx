import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticlePreview } from "@/components/article/ArticlePreview";
import { PublishedArticle } from "@/components/article/PublishedArticle";
import { now } from "@/lib/clock";
import { articleAtAddress } from "@/lib/content/access";
import { articlePageProps } from "@/lib/content/article-page";
import { authorsOf, getContent, prerenderedArticles, sectionOf } from "@/lib/content/store";
import { articleMetadata } from "@/lib/seo/metadata";

type Params = Awaited<PageProps<"/[section]/[slug]">["params"]>;

// Any "/{section}/{slug}" reaches this page: the articles below are built with the site, every other one renders on
// its first request and is cached the same way. Moves (308) and 404s are decided here too (articleAtAddress); the
// page cache never stores either (lib/cache/handler.mjs), so made-up addresses cannot grow it.
export const dynamicParams = true;

/** The recent window (site.yaml `prerenderDays`); scheduled ones are built as 404s, which expire at their time. */
export function generateStaticParams(): Params[] {
  return prerenderedArticles(now()).map((article) => ({ section: article.section, slug: article.slug }));
}

export async function generateMetadata({ params }: PageProps<"/[section]/[slug]">): Promise<Metadata> {
  const { section, slug } = await params;
  const answer = await articleAtAddress(section, slug);
  if (answer.kind !== "article") return {};
  const { article, preview } = answer;
  if (preview) return { title: `Preview: ${article.title}`, robots: { index: false, follow: false } };
  return articleMetadata(article, authorsOf(article), sectionOf(article), getContent().site, now());
}

export default async function ArticlePage({ params }: PageProps<"/[section]/[slug]">) {
  const { section, slug } = await params;
  const answer = await articleAtAddress(section, slug);
  if (answer.kind === "none") notFound();
  if (answer.kind === "moved") permanentRedirect(answer.path);
  const page = await articlePageProps(answer.article, now(), { preview: answer.preview });
  return answer.preview ? <ArticlePreview page={page} /> : <PublishedArticle page={page} />;
}
