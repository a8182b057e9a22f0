// Section and author listings as numbered pages, for the routes and their static params.
import { PAGE_SIZE, pageCount, paginate, type Page } from "../pagination";
import {
  articlesByAuthor, articlesInSection, findAuthor, findSection, getContent, reachableArticles, type Article, type Author,
} from "./store";
import { markdownToHtml } from "./markdown";
import type { Section } from "./schema";

export type SectionListing = { section: Section; page: Page<Article> };
export type AuthorListing = { author: Author; page: Page<Article> };

export function sectionListing(slug: string, page: number, now: Date): SectionListing | null {
  const section = findSection(slug);
  const listed = section ? paginate(articlesInSection(section.slug, now), page) : null;
  return section && listed ? { section, page: listed } : null;
}

/** Everything an author's page shows, first or later: the listing, the bio as HTML, each section's name. */
export function authorPageProps(listing: AuthorListing) {
  const { site, sections } = getContent();
  const sectionNames = Object.fromEntries(sections.map((section) => [section.slug, section.name]));
  return { ...listing, bioHtml: markdownToHtml(listing.author.bioMarkdown), sectionNames, site };
}

export function authorListing(slug: string, page: number, now: Date): AuthorListing | null {
  const author = findAuthor(slug);
  const listed = author ? paginate(articlesByAuthor(author.slug, now), page) : null;
  return author && listed ? { author, page: listed } : null;
}

/**
 * Every later page (2…N) of every section that exists now or will once its scheduled articles are due, for
 * prerendering. These are the only page numbers the route answers (dynamicParams = false): any other is a 404 that
 * is neither rendered nor stored, so a flood of made-up page numbers cannot grow the page cache.
 */
export function sectionPageParams(now: Date): { section: string; number: string }[] {
  const reachable = reachableArticles(now);
  return getContent().sections.flatMap((section) =>
    laterPages(reachable.filter((article) => article.section === section.slug).length)
      .map((n) => ({ section: section.slug, number: String(n) })),
  );
}

/** As sectionPageParams, for authors' pages. */
export function authorPageParams(now: Date): { author: string; number: string }[] {
  const reachable = reachableArticles(now);
  return getContent().authors.flatMap((author) =>
    laterPages(reachable.filter((article) => article.authors.includes(author.slug)).length)
      .map((n) => ({ author: author.slug, number: String(n) })),
  );
}

function laterPages(total: number): number[] {
  return Array.from({ length: pageCount(total, PAGE_SIZE) - 1 }, (_, i) => i + 2);
}
