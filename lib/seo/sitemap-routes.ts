// The sitemaps' contents from the content index: articles split into files of 50,000, sections, authors, topics.
import { modifiedAt } from "../content/corrections";
import { topicListings } from "../content/listing";
import { getContent, publicArticles, unchangedBetween, type Article } from "../content/store";
import { pageCount } from "../pagination";
import { absoluteUrl } from "../site";
import { URLS_PER_SITEMAP, urlSet, type SitemapUrl } from "./sitemaps";

export function articleSitemapCount(articles: Article[]): number {
  return pageCount(articles.length, URLS_PER_SITEMAP);
}

export function articleUrls(articles: Article[], part: number, now: Date): SitemapUrl[] {
  return articles.slice((part - 1) * URLS_PER_SITEMAP, part * URLS_PER_SITEMAP).map((article) => ({
    loc: absoluteUrl(article.path),
    lastmod: modifiedAt(article, now),
    images: [{ loc: absoluteUrl(article.hero.src) }],
  }));
}

type WrittenParts = {
  from: number;
  until: number;
  origin: string;
  root: string;
  parts: Map<number, Uint8Array<ArrayBuffer>>;
};
/** On globalThis: the route and the server's start (instrumentation.ts) are bundled apart. */
const WRITTEN = Symbol.for("meridian.article-sitemaps");
const shared = globalThis as typeof globalThis & { [WRITTEN]?: WrittenParts };

/**
 * Article sitemap `part` as served at `now`, or null past the last part. Written once and kept until the next instant
 * that changes what it lists or dates (an article due, a withdrawal, a correction's time: `unchangedBetween`): a part
 * of 50,000 URLs takes some 0.2 s to write, longer than a crawler should wait. Each process keeps its own, so every
 * instance changes at the same instants. Kept as UTF-8 bytes: outside the JavaScript heap, sent as they are, and not
 * the tree of a million joined strings the text is made of (some 70 MB of heap at 100,000 articles).
 */
export function articleSitemap(part: number, now: Date): Uint8Array<ArrayBuffer> | null {
  const time = now.getTime();
  let written = shared[WRITTEN];
  const origin = absoluteUrl("/");
  const { root } = getContent();
  if (!written || time < written.from || time >= written.until || written.origin !== origin || written.root !== root) {
    written = shared[WRITTEN] = { ...unchangedBetween(now), origin, root, parts: new Map() };
  }
  const articles = publicArticles(now);
  if (!Number.isInteger(part) || part < 1 || part > articleSitemapCount(articles)) return null;
  let bytes = written.parts.get(part);
  if (bytes === undefined)
    written.parts.set(part, (bytes = new TextEncoder().encode(urlSet(articleUrls(articles, part, now)))));
  return bytes;
}

/** Writes every article sitemap part ahead of the first crawler (at server start). */
export function writeArticleSitemaps(now: Date): void {
  for (let part = 1; articleSitemap(part, now) !== null; part++);
}

export function sectionUrls(articles: Article[]): SitemapUrl[] {
  return [
    { loc: absoluteUrl("/"), lastmod: articles[0]?.publishedAt },
    ...getContent().sections.map((section) => ({
      loc: absoluteUrl(`/${section.slug}`),
      lastmod: articles.find((article) => article.section === section.slug)?.publishedAt,
    })),
  ];
}

export function authorUrls(articles: Article[]): SitemapUrl[] {
  return getContent().authors.map((author) => ({
    loc: absoluteUrl(author.path),
    lastmod: articles.find((article) => article.authors.includes(author.slug))?.publishedAt,
    images: [{ loc: absoluteUrl(author.photo.src) }],
  }));
}

/** Indexable topics only: a topic of one article is `noindex`, and a sitemap should not list what it asks to skip. */
export function topicUrls(now: Date): SitemapUrl[] {
  return topicListings(now)
    .filter((listing) => listing.indexable)
    .map((listing) => ({ loc: absoluteUrl(listing.path), lastmod: listing.articles[0]?.publishedAt }));
}

export const XML_HEADERS = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": "public, s-maxage=300, stale-while-revalidate=3600",
};
