// The one loader for everything the article template shows, for the public page, the comment-status view and both
// kinds of preview: routes call it and hand the result to a pure view (components/article).
import { loadArticleComments, type ArticleComments } from "../comments/page-data";
import { unlessUnavailable } from "../db/unavailable";
import type { Flash } from "../comments/flash";
import { articleGraph, type Graph } from "../seo/json-ld";
import { absoluteUrl, siteUrl } from "../site";
import { correctionsAt, modifiedAt, type Correction } from "./corrections";
import type { Section, SiteSettings, SupportSettings } from "./schema";
import { articleHtml, authorsOf, getContent, relatedArticles, sectionOf, type Article, type Author } from "./store";

export type ArticlePageProps = {
  article: Article;
  section: Section;
  authors: Author[];
  bodyHtml: string;
  /** The corrections in effect, oldest first, and the modified time they give the article. */
  corrections: Correction[];
  modifiedAt: Date;
  /** The article's one public address, absolute: what sharing passes on. */
  canonicalUrl: string;
  related: Article[];
  site: SiteSettings;
  support: SupportSettings | null;
  /**
   * Published articles only: previews have no conversation and no structured data. "unavailable" while the database
   * is out of reach: the article still reads (one rendered on its first request has no older copy to fall back on).
   */
  comments: ArticleComments | "unavailable" | null;
  graph: Graph | null;
};

type Options = { preview?: boolean; flash?: Flash | null };

export async function articlePageProps(article: Article, now: Date, { preview = false, flash = null }: Options = {}): Promise<ArticlePageProps> {
  const { site, support } = getContent();
  const section = sectionOf(article);
  const authors = authorsOf(article);
  const loaded = preview ? null : await unlessUnavailable(() => loadArticleComments(article, now, 1, flash));
  const comments = loaded && "kind" in loaded ? "unavailable" : loaded;
  const commentCount = comments === "unavailable" ? undefined : comments?.count;
  return {
    article,
    section,
    authors,
    bodyHtml: articleHtml(article),
    corrections: correctionsAt(article, now),
    modifiedAt: modifiedAt(article, now),
    canonicalUrl: absoluteUrl(article.path),
    related: relatedArticles(article, now),
    site,
    support,
    comments,
    graph: preview ? null : articleGraph({ origin: siteUrl(), site }, { article, authors, section, commentCount, now }),
  };
}
