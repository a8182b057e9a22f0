// The search page's loader: the reader's form, run against the index at `now`, each hit joined to the article it
// names. Every article shown is checked public again here, so an index older than the content can never show more.
import { authorsOf, findArticle, getContent, isPublic, type Article, type Author } from "../content/store";
import type { Section, SiteSettings } from "../content/schema";
import { pageCount, PAGE_SIZE } from "../pagination";
import { searchIndex } from "./open";
import { dateRange, type SearchForm } from "./params";
import { searchArticles } from "./search";

export type SearchResultItem = { article: Article; section: Section; authors: Author[]; snippetHtml: string };

export type SearchPageData = {
  form: SearchForm;
  site: SiteSettings;
  sections: Section[];
  /** False before the reader has typed anything searchable. */
  searched: boolean;
  total: number;
  pageCount: number;
  results: SearchResultItem[];
};

/** The page's data, or null when it cannot exist (an unknown section, a page past the last): the route answers 404. */
export function searchPageData(form: SearchForm, now: Date): SearchPageData | null {
  const { site, sections } = getContent();
  if (form.section && !sections.some((section) => section.slug === form.section)) return null;
  const { total, hits } = searchArticles(searchIndex(), {
    query: form.q,
    filters: { ...(form.section ? { section: form.section } : {}), ...dateRange(form, site.timeZone) },
    page: form.page,
    pageSize: PAGE_SIZE,
    now,
  });
  const pages = pageCount(total);
  if (form.page > pages) return null;
  const results = hits.flatMap((hit) => {
    const article = findArticle(hit.slug);
    const section = article && sections.find((candidate) => candidate.slug === article.section);
    if (!article || !section || !isPublic(article, now)) return [];
    return [{ article, section, authors: authorsOf(article), snippetHtml: hit.snippetHtml }];
  });
  return { form, site, sections, searched: form.q.length > 0, total, pageCount: pages, results };
}

/** "12 results for “coral”, page 2 of 3": the status line, and the page's title (announced on arrival). */
export function resultSummary({ searched, total, form, pageCount }: SearchPageData): string {
  if (!searched) return "Search the archive";
  const count = `${total === 0 ? "No" : total.toLocaleString("en-GB")} result${total === 1 ? "" : "s"}`;
  return `${count} for \u201c${form.q}\u201d${pageCount > 1 ? `, page ${form.page} of ${pageCount}` : ""}`;
}
