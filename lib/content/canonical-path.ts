// Where a reader asking for an address that is no article's own should go: one of an article's old addresses, or its
// slug under the wrong section. app/misplaced redirects there; proxy.ts asks too when it strips a trailing slash, so
// that both moves are one 308. Looked up in indexes, so an archive of any size costs a request the same.
import { RESERVED_SECTION_SLUGS } from "./reserved";
import { articleFormerlyAt, findArticle, isPublic } from "./store";

/** The public article's own path when `path` is one of its old addresses or names its slug under another section. */
export function movedArticlePath(path: string, now: Date): string | null {
  const formerly = articleFormerlyAt(path, now);
  if (formerly) return formerly.path;
  const match = /^\/([^/]+)\/([^/]+)$/.exec(path);
  if (!match || RESERVED_SECTION_SLUGS.has(match[1]!)) return null;
  const article = findArticle(match[2]!);
  return article && isPublic(article, now) && article.path !== path ? article.path : null;
}
