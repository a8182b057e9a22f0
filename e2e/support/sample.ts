// Facts about the sample content that the journeys rely on, read from content/ with the site's own loader.
import { loadContent } from "../../lib/content/load";

const content = loadContent("content");
const now = new Date();

export const SHOIGU_ARTICLE = {
  path: "/asia/russia-china-defence-ministers-beijing-military-cooperation",
  slug: "russia-china-defence-ministers-beijing-military-cooperation",
  oldPath: "/2014/11/19/russia-china-military-cooperation",
  section: "Asia",
};

/** Drafts and scheduled articles: what no reader may ever see. */
export const UNPUBLISHED = content.articles
  .filter((article) => article.status === "draft" || article.publishedAt > now)
  .map(({ path, slug, title, standfirst, status, publishedAt, authors, hero, redirectFrom }) => ({
    path,
    slug,
    title,
    standfirst,
    status,
    publishedAt,
    authors,
    heroSrc: hero.src,
    heroAlt: hero.alt,
    redirectFrom,
  }));

/** One page of every type, for the validators. */
export const PAGE_TYPES = {
  front: "/",
  section: "/asia",
  sectionPage2: "/asia/page/2",
  article: SHOIGU_ARTICLE.path,
  author: "/authors/lena-marsh",
  authorPage2: "/authors/lena-marsh/page/2",
  authors: "/authors",
  support: "/support",
  notFound: "/no-such-page",
};

/** The search page in its three states (noindex, so kept apart from the public page types above). */
export const SEARCH_PAGES = {
  searchResults: "/search?q=water",
  searchNoResults: "/search?q=zzqxwv&section=asia",
  searchEmpty: "/search",
};
