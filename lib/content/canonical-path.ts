// Where an article address with the wrong section belongs (app/misplaced redirects there; proxy.ts asks too when a
// trailing slash is stripped, so that both moves are one 308).
import { RESERVED_SECTION_SLUGS } from "./reserved";
import { findArticle, isPublic } from "./store";

/** The public article's own path when `path` names its slug under another section, else null. */
export function articleElsewhere(path: string, now: Date): string | null {
  const match = /^\/([^/]+)\/([^/]+)$/.exec(path);
  if (!match || RESERVED_SECTION_SLUGS.has(match[1]!)) return null;
  const article = findArticle(match[2]!);
  return article && isPublic(article, now) && article.path !== path ? article.path : null;
}
