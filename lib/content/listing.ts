// One listing model for sections, authors and topics: a kind and a key, which know their words, addresses, feeds and
// the public articles they hold at `now`. Routes, feeds and sitemaps all ask here; nothing else lists by subject.
import { PAGE_SIZE, pageCount, pagePath, paginate, type Page } from "../pagination";
import type { Section, TopicSettings } from "./schema";
import {
  articlesByAuthor, articlesInSection, articlesWithTopic, findAuthor, findSection, getContent, reachableArticles,
  type Article, type Author,
} from "./store";
import { tagSlug } from "./tags";

export type ListingKind = "section" | "author" | "topic";

/** A topic is a tag with at least one public article; content/topics.yaml may give it words and a picture. */
export type Topic = { slug: string; name: string; settings?: TopicSettings };

type Subject = { kind: "section"; section: Section } | { kind: "author"; author: Author } | { kind: "topic"; topic: Topic };

export type Listing = Subject & {
  key: string;
  /** What the page's heading says. */
  name: string;
  /** The first page's title and description (later pages: "{name}, page N"). */
  title: string;
  description: string;
  path: string;
  feeds: { rss: string; atom: string };
  /** Public at `now`, newest first. */
  articles: Article[];
  /** Worth a search engine's index: a topic of a single article is not. */
  indexable: boolean;
};

/** Topics with fewer public articles are `noindex` and left out of the sitemap. */
export const MIN_INDEXABLE_TOPIC = 2;

function withPaths<S extends Subject>(subject: S, key: string, path: string) {
  return { ...subject, key, path, feeds: { rss: `${path}/feed.xml`, atom: `${path}/atom.xml` } };
}

function sectionListing(key: string, now: Date): Listing | null {
  const section = findSection(key);
  if (!section) return null;
  return {
    ...withPaths({ kind: "section", section }, key, `/${section.slug}`),
    name: section.name,
    title: section.name,
    description: section.description,
    articles: articlesInSection(section.slug, now),
    indexable: true,
  };
}

function authorListing(key: string, now: Date): Listing | null {
  const author = findAuthor(key);
  if (!author) return null;
  return {
    ...withPaths({ kind: "author", author }, key, author.path),
    name: author.name,
    title: `${author.name}, ${author.role}`,
    description: `Articles by ${author.name}, ${author.role}.`,
    articles: articlesByAuthor(author.slug, now),
    indexable: true,
  };
}

/** Only public articles make a topic: one that only drafts or scheduled articles carry does not exist yet. */
function topicListing(key: string, now: Date): Listing | null {
  const articles = articlesWithTopic(key, now);
  const first = articles[0];
  if (!first) return null;
  // The content check allows one spelling per topic, so any public article's tag gives the name.
  const name = first.tags.find((tag) => tagSlug(tag) === key) ?? key;
  const settings = getContent().topics.get(key);
  return {
    ...withPaths({ kind: "topic", topic: { slug: key, name, settings } }, key, `/topics/${key}`),
    name: settings?.title ?? name,
    title: settings?.title ?? name,
    description: settings?.description ?? `The latest from ${getContent().site.name} on ${settings?.title ?? name}.`,
    articles,
    indexable: articles.length >= MIN_INDEXABLE_TOPIC,
  };
}

const LISTINGS = { section: sectionListing, author: authorListing, topic: topicListing };

/** The listing of that kind and key at `now`, or null when there is none (the route answers 404). */
export function findListing(kind: ListingKind, key: string, now: Date): Listing | null {
  return LISTINGS[kind](key, now);
}

/** Page `number` of the listing, or null past its last page. */
export function listingPage(listing: Listing, number: number): Page<Article> | null {
  return paginate(listing.articles, number);
}

export function listingPagePath(listing: Listing, number: number): string {
  return pagePath(listing.path, number);
}

export function listingPageTitle(listing: Listing, number: number): string {
  return number > 1 ? `${listing.name}, page ${number}` : listing.title;
}

/** Every public topic at `now`, most articles first, then by name. */
export function topicListings(now: Date): Listing[] {
  const slugs = new Set(reachableArticles(now).flatMap((article) => article.tags.map(tagSlug)));
  return [...slugs]
    .map((slug) => topicListing(slug, now))
    .filter((listing) => listing !== null)
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}

/** The keys whose first page is built: every section and author, and every topic a public or scheduled article has. */
export function listingKeys(kind: ListingKind, now: Date): string[] {
  const { sections, authors } = getContent();
  if (kind === "section") return sections.map((section) => section.slug);
  if (kind === "author") return authors.map((author) => author.slug);
  return [...new Set(reachableArticles(now).flatMap((article) => article.tags.map(tagSlug)))];
}

const CARRIES: Record<ListingKind, (article: Article, key: string) => boolean> = {
  section: (article, key) => article.section === key,
  author: (article, key) => article.authors.includes(key),
  topic: (article, key) => article.tags.some((tag) => tagSlug(tag) === key),
};

/**
 * The second page of every listing of that kind that has one now or will once its scheduled articles are due, for
 * prerendering beside the first pages. Later pages render on their first request and are cached alike; a number past
 * the last is a 404 that is never stored (lib/cache/handler.mjs), so made-up page numbers cannot grow the cache.
 */
export function laterPageParams(kind: ListingKind, now: Date): { key: string; number: string }[] {
  const reachable = reachableArticles(now);
  return listingKeys(kind, now).flatMap((key) => {
    const total = reachable.filter((article) => CARRIES[kind](article, key)).length;
    return pageCount(total, PAGE_SIZE) > 1 ? [{ key, number: "2" }] : [];
  });
}
