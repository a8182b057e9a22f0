// Where a reader asking for an address that is no page's own should go: one of an article's old addresses, its slug
// under the wrong section, or a listing's "page 1". app/(internal)/moved redirects there; proxy.ts asks too when it strips a
// trailing slash, so that both moves are one 308. Looked up in indexes, so an archive of any size costs a request the
// same. (Not routing rules in next.config.ts: Next sends its own redirects without the site's security headers.)
import { RESERVED_SECTION_SLUGS } from "./reserved";
import { articleFormerlyAt, findArticle, findAuthor, findSection, isPublic } from "./store";

/** The canonical path for `path` when it is a moved article's or a listing's first page, else null. */
export function movedPath(path: string, now: Date): string | null {
  return movedArticlePath(path, now) ?? firstPagePath(path);
}

/** "Page 1" of a section's or an author's listing is the listing itself. */
export function firstPagePath(path: string): string | null {
  const match = /^\/(?:authors\/([^/]+)|([^/]+))\/page\/1$/.exec(path);
  if (!match) return null;
  const [, author, section] = match;
  if (author !== undefined) return findAuthor(author) ? `/authors/${author}` : null;
  return section !== undefined && findSection(section) ? `/${section}` : null;
}

/** The public article's own path when `path` is one of its old addresses or names its slug under another section. */
export function movedArticlePath(path: string, now: Date): string | null {
  const formerly = articleFormerlyAt(path, now);
  if (formerly) return formerly.path;
  const match = /^\/([^/]+)\/([^/]+)$/.exec(path);
  if (!match || RESERVED_SECTION_SLUGS.has(match[1]!)) return null;
  const article = findArticle(match[2]!);
  return article && isPublic(article, now) && article.path !== path ? article.path : null;
}
