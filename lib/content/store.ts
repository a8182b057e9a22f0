// The content index, loaded once per process, and the questions pages ask of it.
import { contentDir } from "./dir";
import { loadContent, type Article, type Author, type ContentIndex } from "./load";
import { markdownToHtml } from "./markdown";
import { buildPublicIndex, oldAddressKey, type PublicIndex } from "./public-index";
import type { Section } from "./schema";
import { isPublic, isScheduled } from "./visibility";

export type { Article, Author, ContentIndex };
export { isPublic, isWithdrawn, isScheduled } from "./visibility";

let cached: ContentIndex | undefined;

export { contentDir } from "./dir";

export function getContent(): ContentIndex {
  cached ??= loadContent(contentDir());
  return cached;
}

let publicIndex: PublicIndex | undefined;

/** The public articles at `now`, rebuilt only when the set has changed since the last call. */
function publicIndexAt(now: Date): PublicIndex {
  const time = now.getTime();
  if (!publicIndex || time < publicIndex.validFrom || time >= publicIndex.validUntil) {
    publicIndex = buildPublicIndex(getContent().articles, now);
  }
  return publicIndex;
}

export function publicArticles(now: Date): Article[] {
  return publicIndexAt(now).articles;
}

let bySlug: Map<string, Article> | undefined;

/** By slug, from an index built once, so a page never scans the whole archive. */
export function findArticle(slug: string): Article | undefined {
  bySlug ??= new Map(getContent().articles.map((article) => [article.slug, article]));
  return bySlug.get(slug);
}

export function findSection(slug: string): Section | undefined {
  return getContent().sections.find((section) => section.slug === slug);
}

export function findAuthor(slug: string): Author | undefined {
  return getContent().authors.find((author) => author.slug === slug);
}

export function authorsOf(article: Article): Author[] {
  return article.authors.map((slug) => findAuthor(slug)).filter((author) => author !== undefined);
}

export function sectionOf(article: Article): Section {
  const section = findSection(article.section);
  if (!section) throw new Error(`${article.file}: section "${article.section}" vanished after validation`);
  return section;
}

/** Public now or scheduled: the articles whose pages are built. */
export function reachableArticles(now: Date): Article[] {
  return getContent().articles.filter((article) => isPublic(article, now) || isScheduled(article, now));
}

export function articlesInSection(section: string, now: Date): Article[] {
  return publicIndexAt(now).bySection.get(section) ?? [];
}

export function articlesByAuthor(author: string, now: Date): Article[] {
  return publicIndexAt(now).byAuthor.get(author) ?? [];
}

/** The public article that `path` is an old address of (its `redirectFrom`), looked up, never searched for. */
export function articleFormerlyAt(path: string, now: Date): Article | undefined {
  return publicIndexAt(now).byOldAddress.get(oldAddressKey(path));
}

/** From the same section: most tags in common first, newest among equals; never the article itself. */
export function relatedArticles(article: Article, now: Date, count = 3): Article[] {
  const sameSection = articlesInSection(article.section, now).filter((other) => other.slug !== article.slug);
  const sharedTags = (other: Article) => other.tags.filter((tag) => article.tags.includes(tag)).length;
  return [...sameSection].sort((a, b) => sharedTags(b) - sharedTags(a)).slice(0, count);
}

/** The front page's top story: the newest featured article, else the newest. */
export function topStory(now: Date): Article | undefined {
  const articles = publicArticles(now);
  return articles.find((article) => article.featured) ?? articles[0];
}

const bodyHtml = new Map<string, string>();

/** The article body as HTML, rendered once per process. */
export function articleHtml(article: Article): string {
  let html = bodyHtml.get(article.slug);
  if (html === undefined) {
    html = markdownToHtml(article.markdown);
    bodyHtml.set(article.slug, html);
  }
  return html;
}

/** Everything the editors' desk lists: drafts, scheduled (soonest first) and the latest published. */
export function deskArticles(now: Date, latestCount = 10) {
  const { articles } = getContent();
  return {
    drafts: articles.filter((article) => article.status === "draft"),
    scheduled: articles.filter((article) => isScheduled(article, now)).reverse(),
    latest: articles.filter((article) => isPublic(article, now)).slice(0, latestCount),
  };
}
