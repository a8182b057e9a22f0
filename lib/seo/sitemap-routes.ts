// The sitemaps' contents from the content index: articles split into files of 50,000, sections, authors, topics.
import { modifiedAt } from "../content/corrections";
import { topicListings } from "../content/listing";
import { getContent, type Article } from "../content/store";
import { pageCount } from "../pagination";
import { absoluteUrl } from "../site";
import { URLS_PER_SITEMAP, type SitemapUrl } from "./sitemaps";

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
