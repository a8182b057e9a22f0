// Sitemaps: an index, URL sets with last-modified dates and images, and a Google News sitemap. Pure.
import type { Article } from "../content/store";
import { xml, XML_HEADER } from "./xml";

export const URLS_PER_SITEMAP = 50_000;
export const NEWS_WINDOW_MS = 48 * 3_600_000;
export const NEWS_MAX = 1000;

export type SitemapUrl = { loc: string; lastmod?: Date; images?: { loc: string; title?: string }[] };

export function sitemapIndex(sitemaps: { loc: string; lastmod?: Date }[]): string {
  return (
    XML_HEADER +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
    sitemaps
      .map(
        (s) =>
          `<sitemap><loc>${xml(s.loc)}</loc>${s.lastmod ? `<lastmod>${s.lastmod.toISOString()}</lastmod>` : ""}</sitemap>`,
      )
      .join("") +
    "</sitemapindex>\n"
  );
}

export function urlSet(urls: SitemapUrl[]): string {
  // One string appended to in a loop: at 50,000 URLs a part, arrays of pieces joined cost twice the time.
  let out =
    XML_HEADER +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">';
  for (const url of urls) {
    out += `<url><loc>${xml(url.loc)}</loc>`;
    if (url.lastmod) out += `<lastmod>${url.lastmod.toISOString()}</lastmod>`;
    for (const image of url.images ?? []) out += `<image:image><image:loc>${xml(image.loc)}</image:loc></image:image>`;
    out += "</url>";
  }
  return `${out}</urlset>\n`;
}

/** Articles published in the 48 hours before `now`, newest first, at most 1,000. */
export function newsArticles(articles: Article[], now: Date): Article[] {
  return articles
    .filter(
      (article) =>
        article.publishedAt.getTime() <= now.getTime() &&
        now.getTime() - article.publishedAt.getTime() <= NEWS_WINDOW_MS,
    )
    .slice(0, NEWS_MAX);
}

export function newsSitemap(input: {
  articles: Article[];
  origin: string;
  publication: string;
  language: string;
}): string {
  const language = input.language.split("-")[0]!;
  return (
    XML_HEADER +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' +
    input.articles
      .map(
        (article) =>
          `<url><loc>${xml(new URL(article.path, `${input.origin}/`).toString())}</loc><news:news>` +
          `<news:publication><news:name>${xml(input.publication)}</news:name><news:language>${xml(language)}</news:language></news:publication>` +
          `<news:publication_date>${article.publishedAt.toISOString()}</news:publication_date><news:title>${xml(article.title)}</news:title>` +
          "</news:news></url>",
      )
      .join("") +
    "</urlset>\n"
  );
}
