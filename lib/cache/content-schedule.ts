// When cached pages stop being true without anyone touching them: the instants at which content changes by itself (a
// scheduled article comes due, a withdrawal takes effect, a correction's time comes) and the pages each instant changes. The cache handler
// treats a page rendered before such an instant as expired once it has passed, on every instance, from the first
// request: no timer, no revalidation call, nothing to miss while an instance was down.
import type { Article } from "../content/load";
import { MEDIA_RATIOS, mediaPath } from "../content/media";
import { tagSlug, topicPath } from "../content/tags";

/** One instant (real milliseconds since the epoch) and the site paths whose pages it changes. */
export type ContentChange = {
  at: number;
  paths: Set<string>;
  prefixes: string[];
  /** Article paths by shared tag: one set per tag, shared by every change that concerns it (no copy per article). */
  alsoTagged: ReadonlySet<string>[];
};

/**
 * The pages that list or show an article: its own, the front page, its section's, authors' and topics' listings,
 * and the articles sharing a tag with it (`byTag`: article paths by topic slug), whose "related" lists may change.
 */
function pagesShowing(article: Article, byTag: Map<string, Set<string>>): Omit<ContentChange, "at"> {
  const section = `/${article.section}`;
  const authors = article.authors.map((author) => `/authors/${author}`);
  const topics = article.tags.map(topicPath);
  return {
    // Its sharing image and lead-image crops too (app/og, app/media): they are 404 until it is public.
    // The corrections page too: an article's corrections are listed while it is public.
    paths: new Set([
      "/",
      "/index",
      "/authors",
      "/corrections",
      section,
      article.path,
      ...authors,
      ...topics,
      `/og/${article.slug}`,
    ]),
    // Later listing pages, and the section's other articles (their "related" lists fill up from the section).
    prefixes: [
      `${section}/`,
      ...authors.map((author) => `${author}/`),
      ...topics.map((topic) => `${topic}/`),
      ...MEDIA_RATIOS.map((ratio) => mediaPath(ratio, article.hero.src)),
    ],
    alsoTagged: article.tags.map((tag) => byTag.get(tagSlug(tag))).filter((paths) => paths !== undefined),
  };
}

/** Every instant at which `articles` change what readers see, soonest first. `offsetMs` is the site clock's lead. */
export function contentChanges(articles: Article[], offsetMs = 0): ContentChange[] {
  const published = articles.filter((article) => article.status === "published");
  const byTag = new Map<string, Set<string>>();
  for (const article of published) {
    for (const tag of article.tags) {
      const slug = tagSlug(tag);
      byTag.set(slug, (byTag.get(slug) ?? new Set()).add(article.path));
    }
  }
  return published
    .flatMap((article) =>
      [article.publishedAt, article.retracted?.at]
        .filter((at) => at !== undefined)
        .map((at) => ({ at: at.getTime() - offsetMs, ...pagesShowing(article, byTag) }))
        // A correction dated later than the build shows from its time: on the article and the corrections page.
        .concat(
          article.corrections.map((correction) => ({
            at: correction.at.getTime() - offsetMs,
            paths: new Set([article.path, "/corrections"]),
            prefixes: [],
            alsoTagged: [],
          })),
        ),
    )
    .sort((a, b) => a.at - b.at);
}

/** The first instant after `now` (real ms) at which content changes, if any: no cache may keep a page past it. */
export function nextChangeAfter(changes: ContentChange[], now: number): number | undefined {
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (changes[middle]!.at <= now) low = middle + 1;
    else high = middle;
  }
  return changes[low]?.at;
}

const IMPLICIT_TAG = "_N_T_";

/** Whether a page cached at `cachedAt` (its Next cache tags name its path) has changed by `now`; times in real ms. */
export function changedSince(changes: ContentChange[], tags: string[], cachedAt: number, now: number): boolean {
  const paths = tags.filter((tag) => tag.startsWith(IMPLICIT_TAG)).map((tag) => tag.slice(IMPLICIT_TAG.length));
  if (paths.length === 0) return false;
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (changes[middle]!.at <= cachedAt) low = middle + 1;
    else high = middle;
  }
  for (const change of changes.slice(low)) {
    if (change.at > now) break;
    const concerns = (path: string) =>
      change.paths.has(path) ||
      change.prefixes.some((prefix) => path.startsWith(prefix)) ||
      change.alsoTagged.some((tagged) => tagged.has(path));
    if (paths.some(concerns)) return true;
  }
  return false;
}
