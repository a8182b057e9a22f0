// Which articles readers may see, indexed by section, author and topic (tag slug). The set changes only at known instants (a scheduled
// article comes due, a withdrawal takes effect), so one index serves every request until the next of them: listings
// and related articles never scan the whole archive.
import { safeDecode } from "../safe-decode";
import { changeInstants } from "./change-instants";
import type { Article } from "./load";
import { tagSlug } from "./tags";
import { isPublic } from "./visibility";

export type PublicIndex = {
  articles: Article[];
  bySection: Map<string, Article[]>;
  byAuthor: Map<string, Article[]>;
  /** By topic slug: a topic exists for readers only while a public article carries its tag. */
  byTag: Map<string, Article[]>;
  /** Each public article by its old addresses (`redirectFrom`), written as `oldAddressKey` spells them. */
  byOldAddress: Map<string, Article>;
  /** The index holds for instants in [validFrom, validUntil). */
  validFrom: number;
  validUntil: number;
};

function groupBy(articles: Article[], keys: (article: Article) => string[]): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    for (const key of keys(article)) {
      const group = groups.get(key);
      if (group) group.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}

/** One spelling of a site path for lookups: percent-escapes decoded, no trailing slash. */
export function oldAddressKey(path: string): string {
  // A stray "%" that escapes nothing: the path is taken as written.
  return (safeDecode(path) ?? path).replace(/(.)\/+$/, "$1");
}

/** `articles` in the archive's order (newest first); each list in the index keeps that order. */
export function buildPublicIndex(articles: Article[], now: Date): PublicIndex {
  const time = now.getTime();
  const visible = articles.filter((article) => isPublic(article, now));
  let validFrom = -Infinity;
  let validUntil = Infinity;
  for (const { at, correction } of articles.flatMap(changeInstants)) {
    // A correction changes one article's page, not which articles are public.
    if (correction) continue;
    if (at <= time) validFrom = Math.max(validFrom, at);
    else validUntil = Math.min(validUntil, at);
  }
  return {
    articles: visible,
    bySection: groupBy(visible, (article) => [article.section]),
    byAuthor: groupBy(visible, (article) => article.authors),
    byTag: groupBy(visible, (article) => [...new Set(article.tags.map(tagSlug))]),
    byOldAddress: new Map(visible.flatMap((article) => article.redirectFrom.map((from) => [oldAddressKey(from), article] as const))),
    validFrom,
    validUntil,
  };
}
