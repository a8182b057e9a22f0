// The content index, loaded once per process, and the questions pages ask of it.
import { changeInstants } from "./change-instants";
import { contentDir } from "./dir";
import { readContent } from "./compiled";
import { readArticleBody, type Article, type Author, type ContentIndex } from "./load";
import { markdownToHtml } from "./markdown";
import { buildPublicIndex, oldAddressKey, type PublicIndex } from "./public-index";
import { rankRelated } from "./related";
import type { Section } from "./schema";
import { isPublic, isScheduled } from "./visibility";

export type { Article, Author, ContentIndex };
export { isPublic, isWithdrawn, isScheduled } from "./visibility";

/**
 * One index per process (and content folder), kept on globalThis: Next bundles the pages, the route handlers (feeds,
 * sitemaps, images) and the proxy apart, and each bundle would otherwise load a copy of the whole archive of its own.
 */
const INDEXES = Symbol.for("meridian.content-indexes");
/** What is worked out from an index (by slug, public at a time…), kept with it for the same reason. */
const DERIVED = Symbol.for("meridian.content-derived");
type Derived = { publicIndex?: PublicIndex; bySlug?: Map<string, Article>; correctionInstants?: number[] };
const shared = globalThis as typeof globalThis & {
  [INDEXES]?: Map<string, ContentIndex>;
  [DERIVED]?: WeakMap<ContentIndex, Derived>;
};

export { contentDir } from "./dir";

export function getContent(): ContentIndex {
  const dir = contentDir();
  const indexes = (shared[INDEXES] ??= new Map());
  let index = indexes.get(dir);
  if (!index) indexes.set(dir, (index = readContent(dir)));
  return index;
}

function derived(): Derived {
  const index = getContent();
  const all = (shared[DERIVED] ??= new WeakMap());
  let entry = all.get(index);
  if (!entry) all.set(index, (entry = {}));
  return entry;
}

/** The public articles at `now`, rebuilt only when the set has changed since the last call. */
function publicIndexAt(now: Date): PublicIndex {
  const time = now.getTime();
  const entry = derived();
  const current = entry.publicIndex;
  if (!current || time < current.validFrom || time >= current.validUntil) {
    return (entry.publicIndex = buildPublicIndex(getContent().articles, now));
  }
  return current;
}

export function publicArticles(now: Date): Article[] {
  return publicIndexAt(now).articles;
}

/**
 * The instants around `now` between which nothing readers see of the archive changes by itself: no article comes due
 * or is withdrawn, no correction's time comes. What is worked out from the whole archive (a sitemap) may be kept
 * for `[from, until)`.
 */
export function unchangedBetween(now: Date): { from: number; until: number } {
  const { validFrom, validUntil } = publicIndexAt(now);
  const entry = derived();
  const correctionInstants = (entry.correctionInstants ??= getContent()
    .articles.flatMap(changeInstants)
    .filter(({ correction }) => correction)
    .map(({ at }) => at)
    .sort((a, b) => a - b));
  const time = now.getTime();
  let from = validFrom;
  let until = validUntil;
  for (const instant of correctionInstants) {
    if (instant <= time) from = Math.max(from, instant);
    else {
      until = Math.min(until, instant);
      break;
    }
  }
  return { from, until };
}

/** By slug, from an index built once, so a page never scans the whole archive. */
export function findArticle(slug: string): Article | undefined {
  const entry = derived();
  entry.bySlug ??= new Map(getContent().articles.map((article) => [article.slug, article]));
  return entry.bySlug.get(slug);
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

const DAY_MS = 24 * 60 * 60 * 1000;

/** The articles built with the site: reachable ones published within the site's prerender window (site.yaml). */
export function prerenderedArticles(now: Date): Article[] {
  const since = now.getTime() - getContent().site.prerenderDays * DAY_MS;
  return reachableArticles(now).filter((article) => article.publishedAt.getTime() >= since);
}

export function articlesInSection(section: string, now: Date): Article[] {
  return publicIndexAt(now).bySection.get(section) ?? [];
}

export function articlesByAuthor(author: string, now: Date): Article[] {
  return publicIndexAt(now).byAuthor.get(author) ?? [];
}

/** The public articles carrying the topic's tag (by its slug), newest first. */
export function articlesWithTopic(slug: string, now: Date): Article[] {
  return publicIndexAt(now).byTag.get(slug) ?? [];
}

/** The public article that `path` is an old address of (its `redirectFrom`), looked up, never searched for. */
export function articleFormerlyAt(path: string, now: Date): Article | undefined {
  return publicIndexAt(now).byOldAddress.get(oldAddressKey(path));
}

/** Articles sharing its tags, from any section, the rarest tags counting most (lib/content/related.ts); the section's
 * newest fill any places left. Never the article itself, never an unpublished one. */
export function relatedArticles(article: Article, now: Date, count = 3): Article[] {
  return rankRelated(article, publicIndexAt(now), count);
}

/** The front page's top story: the newest featured article, else the newest. */
export function topStory(now: Date): Article | undefined {
  const articles = publicArticles(now);
  return articles.find((article) => article.featured) ?? articles[0];
}

/** Bodies kept rendered: the articles being read now. A page is rendered once, then served from the page cache, so
 * keeping every body read since the process started would only make memory grow with the archive. */
const BODY_HTML_LIMIT = 200;
const bodyHtml = new Map<string, string>();

/** The article body as HTML, from the few most recently rendered. */
export function articleHtml(article: Article): string {
  let html = bodyHtml.get(article.slug);
  if (html === undefined) html = markdownToHtml(readArticleBody(getContent().root, article));
  else bodyHtml.delete(article.slug);
  bodyHtml.set(article.slug, html);
  // A Map keeps insertion order: the first key is the one read least recently.
  if (bodyHtml.size > BODY_HTML_LIMIT) bodyHtml.delete(bodyHtml.keys().next().value!);
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
