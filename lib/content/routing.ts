// Rules compiled into Next's routing table when the site is built (next.config.ts): withdrawn articles' addresses
// (410), with no per-request code in front of readers' pages. Next tries each rule on every request, so the table
// holds only what is few: old article addresses and "page 1" are looked up by app/(internal)/moved instead. A
// withdrawal still to come is sent to the same route, which decides at request time (no rebuild at its time).
import type { Article } from "./load";
import { RESERVED_SECTION_SLUGS } from "./reserved";
import { isWithdrawn } from "./visibility";

type Condition = { type: "header"; key: string };
export type Rewrite = { source: string; destination: string; missing?: Condition[] };

/** Sent by app/(internal)/withdrawn when it fetches the article itself, before its withdrawal, so the rule lets that through. */
export const BEFORE_WITHDRAWAL_HEADER = "x-meridian-before-withdrawal";

/** Where a withdrawn article's addresses are sent to be answered with 410 Gone and the newsroom's notice. */
export const withdrawnNoticePath = (slug: string) => `/withdrawn/${slug}`;

/** Escapes what Next's route patterns read as syntax, so a path from content matches only itself. */
function literally(path: string): string {
  return path.replace(/[:()*+?{}\\]/g, "\\$&");
}

/**
 * A withdrawn article's own address, its slug under any section, and its old addresses, to the 410 notice. An article
 * to be withdrawn later: its address only (old ones redirect there), to the same route, which serves the article
 * until the time comes; never a comment posted to it (a Server Action) nor that route's own request for the article.
 */
export function withdrawnRewrites(articles: Article[], now: Date): Rewrite[] {
  const withdrawn = articles.filter((article) => isWithdrawn(article, now));
  const toBeWithdrawn = articles.filter((article) => article.status === "published" && article.retracted && !isWithdrawn(article, now));
  return [
    ...withdrawn.flatMap((article) => [`/:section/${literally(article.slug)}`, ...article.redirectFrom.map(literally)]
      .map((source) => ({ source, destination: withdrawnNoticePath(article.slug) }))),
    ...toBeWithdrawn.map((article) => ({
      source: `/:section/${literally(article.slug)}`,
      destination: `${withdrawnNoticePath(article.slug)}?section=:section`,
      missing: [{ type: "header" as const, key: BEFORE_WITHDRAWAL_HEADER }, { type: "header" as const, key: "next-action" }],
    })),
  ];
}

/**
 * One- and two-segment addresses outside every section and route ("/old-slug", "/2014/old-slug", "/tags/Climate") to
 * the moved-address page, which keeps their query. Under a section the article route answers instead
 * (app/[section]/[slug], which renders any article on its first request). A rule Next applies before its dynamic
 * routes, so the section route sees only its sections' names (in any case: Next matches rules case-insensitively).
 * One rule for both lengths: Next's app route module compiles every rule's pattern again on each request it serves
 * (the article page's too), at a cost that grows with the pattern, and this one names every section and route.
 */
export function outsideSectionsRewrites(sectionSlugs: string[]): Rewrite[] {
  const owned = [...sectionSlugs, ...[...RESERVED_SECTION_SLUGS].filter((slug) => slug !== "tags")].join("|");
  return [{ source: `/:path((?!(?:${owned})(?:/|$))[^/]+(?:/[^/]+)?)`, destination: "/moved/:path" }];
}

/** A listing's "page 1" (a section's, an author's, a topic's) to the moved-address page (a 308 to the listing, query
 * kept), before the listing routes, which render later pages on demand and cannot see a query string. One rule for
 * the three, for the reason above. */
export function firstPageRewrites(): Rewrite[] {
  return [{ source: "/:listing((?:authors/|topics/)?[^/]+)/page/1", destination: "/moved/:listing/page/1" }];
}
