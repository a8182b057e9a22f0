// Rules compiled into Next's routing table when the site is built (next.config.ts): withdrawn articles' addresses
// (410), with no per-request code in front of readers' pages. Next tries each rule on every request, so the table
// holds only what is few: old article addresses and "page 1" are looked up by app/(internal)/moved instead.
import type { Article } from "./load";
import { isWithdrawn } from "./visibility";

export type Rewrite = { source: string; destination: string };

/** Where a withdrawn article's addresses are sent to be answered with 410 Gone and the newsroom's notice. */
export const withdrawnNoticePath = (slug: string) => `/withdrawn/${slug}`;

/** Escapes what Next's route patterns read as syntax, so a path from content matches only itself. */
function literally(path: string): string {
  return path.replace(/[:()*+?{}\\]/g, "\\$&");
}

/** A withdrawn article's own address, its slug under any section, and its old addresses, to the 410 notice. */
export function withdrawnRewrites(articles: Article[], now: Date): Rewrite[] {
  return articles
    .filter((article) => isWithdrawn(article, now))
    .flatMap((article) => [`/:section/${literally(article.slug)}`, ...article.redirectFrom.map(literally)]
      .map((source) => ({ source, destination: withdrawnNoticePath(article.slug) })));
}
