// Addresses that answer with a permanent redirect: old article paths (`redirectFrom`), an article under the wrong
// section, and "page 1" of a listing. Decided before routing, so every redirect is one clean 308.
import { RESERVED_SECTION_SLUGS } from "./reserved";
import { findArticle, getContent, isPublic, isRetracted, type Article } from "./store";

let byOldPath: Map<string, Article> | undefined;

function oldPathTarget(pathname: string, now: Date): string | null {
  byOldPath ??= new Map(getContent().articles.flatMap((article) => article.redirectFrom.map((from) => [from, article])));
  const article = byOldPath.get(pathname);
  return article && isPublic(article, now) ? article.path : null;
}

/** The slug in a "/{section}/{slug}" path, where the first segment is not one of the site's own folders. */
function articleSlugIn(pathname: string): string | null {
  const match = /^\/([^/]+)\/([^/]+)$/.exec(pathname);
  return match && !RESERVED_SECTION_SLUGS.has(match[1]!) ? match[2]! : null;
}

function wrongSectionTarget(pathname: string, now: Date): string | null {
  const slug = articleSlugIn(pathname);
  if (!slug) return null;
  const article = findArticle(slug);
  return article && isPublic(article, now) && article.path !== pathname ? article.path : null;
}

function firstPageTarget(pathname: string): string | null {
  return /^(\/(?:authors\/)?[^/]+)\/page\/1$/.exec(pathname)?.[1] ?? null;
}

/** Where a path (without trailing slash) has moved to, or null when it is where it belongs. */
export function redirectTarget(path: string, now: Date): string | null {
  return oldPathTarget(path, now) ?? wrongSectionTarget(path, now) ?? firstPageTarget(path);
}

/** The slug of a withdrawn article this path (its own address, another section's, or an old one) points to. */
export function retractedSlug(path: string, now: Date): string | null {
  byOldPath ??= new Map(getContent().articles.flatMap((article) => article.redirectFrom.map((from) => [from, article])));
  const slug = articleSlugIn(path);
  const article = byOldPath.get(path) ?? (slug ? findArticle(slug) : undefined);
  return article && isRetracted(article, now) ? article.slug : null;
}
