// Addresses that answer with a permanent redirect: old article paths (`redirectFrom`), an article under the wrong
// section, and "page 1" of a listing. Decided before routing, so every redirect is one clean 308.
import { findArticle, getContent, isPublic, isRetracted, type Article } from "./store";

let byOldPath: Map<string, Article> | undefined;

function oldPathTarget(pathname: string, now: Date): string | null {
  byOldPath ??= new Map(getContent().articles.flatMap((article) => article.redirectFrom.map((from) => [from, article])));
  const article = byOldPath.get(pathname);
  return article && isPublic(article, now) ? article.path : null;
}

function wrongSectionTarget(pathname: string, now: Date): string | null {
  const match = /^\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (!match || match[1] === "authors") return null;
  const article = findArticle(match[2]!);
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
  const slug = /^\/(?!authors\/)[^/]+\/([^/]+)$/.exec(path)?.[1];
  const article = byOldPath.get(path) ?? (slug ? findArticle(slug) : undefined);
  return article && isRetracted(article, now) ? article.slug : null;
}
