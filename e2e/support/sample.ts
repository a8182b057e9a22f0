// Facts about the sample content that the journeys rely on, read from content/ with the site's own loader.
import { loadContent } from "../../lib/content/load";
import { tagSlug } from "../../lib/content/tags";
import { isPublic } from "../../lib/content/visibility";

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
  .map(({ path, slug, title, standfirst, status, publishedAt, authors, hero, redirectFrom, tags }) => ({
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
    tagSlugs: tags.map(tagSlug),
  }));

/** Public articles by topic slug, newest first, as a topic page lists them. */
export const PUBLIC_BY_TOPIC = new Map<string, { path: string; title: string; tag: string }[]>();
for (const article of content.articles.filter((article) => isPublic(article, now))) {
  for (const tag of article.tags) {
    const list = PUBLIC_BY_TOPIC.get(tagSlug(tag)) ?? [];
    PUBLIC_BY_TOPIC.set(tagSlug(tag), [...list, { path: article.path, title: article.title, tag }]);
  }
}

/** Topics that only drafts, scheduled or withdrawn articles carry: each has no page, and its name shows nowhere. */
export const UNPUBLISHED_TOPICS = [
  ...new Map(
    content.articles
      .flatMap((article) => article.tags)
      .filter((tag) => !PUBLIC_BY_TOPIC.has(tagSlug(tag)))
      .map((tag) => [tagSlug(tag), tag]),
  ),
].map(([slug, tag]) => ({ slug, tag }));

/** One page of every type, for the validators. */
export const PAGE_TYPES = {
  front: "/",
  section: "/asia",
  sectionPage2: "/asia/page/2",
  article: SHOIGU_ARTICLE.path,
  author: "/authors/lena-marsh",
  authorPage2: "/authors/lena-marsh/page/2",
  topic: "/topics/climate",
  topicPage2: "/topics/climate/page/2",
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
