// Where a reader asking for an address that is no page's own should go: one of an article's old addresses, its slug
// under the wrong section, a listing's "page 1", or a tag's address (/tags/…, from other systems) for its topic. app/(internal)/moved redirects there; proxy.ts asks too when it strips a
// trailing slash, so that both moves are one 308. Looked up in indexes, so an archive of any size costs a request the
// same. (Not routing rules in next.config.ts: Next sends its own redirects without the site's security headers.)
import { safeDecode } from "../safe-decode";
import { findListing, listingPage, listingPagePath } from "./listing";
import { RESERVED_SECTION_SLUGS } from "./reserved";
import { articleFormerlyAt, findArticle, isPublic } from "./store";
import { tagSlug } from "./tags";

/** The canonical path for `path` when it is a moved article's, a listing's first page or a tag's, else null. */
export function movedPath(path: string, now: Date): string | null {
  return movedArticlePath(path, now) ?? firstPagePath(path, now) ?? topicPathForTag(path);
}

/** "Page 1" of a section's, an author's or a topic's listing is the listing itself, when it exists at `now`. */
export function firstPagePath(path: string, now: Date): string | null {
  const match = /^\/(?:(authors|topics)\/)?([^/]+)\/page\/1$/.exec(path);
  if (!match) return null;
  const kind = match[1] === "authors" ? "author" : match[1] === "topics" ? "topic" : "section";
  return findListing(kind, match[2]!, now)?.path ?? null;
}

/** "/tags/South China Sea/feed.xml" → "/topics/south-china-sea/feed.xml": whether or not the topic exists, so the
 * answer says nothing about unpublished articles; the topic's own address answers 404 when there is none. */
export function topicPathForTag(path: string): string | null {
  const match = /^\/tags\/([^/]+)(\/.*)?$/.exec(path);
  // Percent-escapes as a browser writes them ("South%20China%20Sea"); a stray "%" is taken as written.
  const slug = match && tagSlug(safeDecode(match[1]!) ?? match[1]!);
  return slug ? `/topics/${slug}${match[2] ?? ""}` : null;
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

/** Page `number` of a section asked for in another case ("/Asia", "/ASIA/page/2"): its own path, when that page is
 * public. Next matches the routing rules case-insensitively, so such a name reaches the section route. */
export function sectionPathInOtherCase(section: string, number: number, now: Date): string | null {
  const canonical = section.toLowerCase();
  if (canonical === section) return null;
  const listing = findListing("section", canonical, now);
  return listing && listingPage(listing, number) ? listingPagePath(listing, number) : null;
}
