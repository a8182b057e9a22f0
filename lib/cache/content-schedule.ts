// When cached pages stop being true without anyone touching them: the instants at which content changes by itself (a
// scheduled article comes due, a withdrawal takes effect, a correction's time comes) and the pages each instant changes. The cache handler
// treats a page rendered before such an instant as expired once it has passed, on every instance, from the first
// request: no timer, no revalidation call, nothing to miss while an instance was down.
import { changeInstants } from "../content/change-instants";
import type { Article } from "../content/load";
import { MEDIA_RATIOS, mediaPath } from "../content/media";
import { tagSlug, topicPath } from "../content/tags";

/**
 * One instant (real milliseconds since the epoch) and the article whose publication, withdrawal or correction it is.
 * The pages it changes are worked out only when a cached page is checked against it (few ever are: those after the
 * page was cached), so an archive of 100,000 articles costs a small record each rather than a set of paths each.
 */
export type ContentChange = { at: number; article: Article; correction: boolean; byTag: TaggedPaths };

type Pages = { paths: Set<string>; prefixes: string[]; alsoTagged: ReadonlySet<string>[] };

/** Published articles' paths by topic slug, made on first use and shared by every change. */
type TaggedPaths = { get: (slug: string) => Set<string> | undefined };

function taggedPaths(published: Article[]): TaggedPaths {
  let byTag: Map<string, Set<string>> | undefined;
  return {
    get(slug) {
      if (!byTag) {
        byTag = new Map();
        for (const article of published) {
          for (const tag of article.tags) {
            const key = tagSlug(tag);
            byTag.set(key, (byTag.get(key) ?? new Set()).add(article.path));
          }
        }
      }
      return byTag.get(slug);
    },
  };
}

/**
 * The pages that list or show an article: its own, the front page, its section's, authors' and topics' listings,
 * and the articles sharing a tag with it (`byTag`: article paths by topic slug), whose "related" lists may change.
 */
function pagesShowing(article: Article, byTag: TaggedPaths): Pages {
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
  const byTag = taggedPaths(published);
  const changes: ContentChange[] = [];
  for (const article of published) {
    for (const { at, correction } of changeInstants(article))
      changes.push({ at: at - offsetMs, article, correction, byTag });
  }
  return changes.sort((a, b) => a.at - b.at);
}

function pagesChangedBy(change: ContentChange): Pages {
  if (change.correction) return { paths: new Set([change.article.path, "/corrections"]), prefixes: [], alsoTagged: [] };
  return pagesShowing(change.article, change.byTag);
}

/** The index of the first change after `time` (changes are sorted by instant), or their number if none is. */
function firstChangeAfter(changes: ContentChange[], time: number): number {
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (changes[middle]!.at <= time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first instant after `now` (real ms) at which content changes, if any: no cache may keep a page past it. */
export function nextChangeAfter(changes: ContentChange[], now: number): number | undefined {
  return changes[firstChangeAfter(changes, now)]?.at;
}

const IMPLICIT_TAG = "_N_T_";

/** Whether a page cached at `cachedAt` (its Next cache tags name its path) has changed by `now`; times in real ms. */
export function changedSince(changes: ContentChange[], tags: string[], cachedAt: number, now: number): boolean {
  const paths = tags.filter((tag) => tag.startsWith(IMPLICIT_TAG)).map((tag) => tag.slice(IMPLICIT_TAG.length));
  if (paths.length === 0) return false;
  for (let i = firstChangeAfter(changes, cachedAt); i < changes.length && changes[i]!.at <= now; i++) {
    const pages = pagesChangedBy(changes[i]!);
    const concerns = (path: string) =>
      pages.paths.has(path) ||
      pages.prefixes.some((prefix) => path.startsWith(prefix)) ||
      pages.alsoTagged.some((tagged) => tagged.has(path));
    if (paths.some(concerns)) return true;
  }
  return false;
}
