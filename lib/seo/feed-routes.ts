// Feed responses for the site or a listing (section, author, topic): public articles only, newest first.
import { now } from "../clock";
import { findListing, type ListingKind } from "../content/listing";
import { authorsOf, findSection, getContent, publicArticles, type Article } from "../content/store";
import { publicCorrections } from "../content/latest-corrections";
import { absoluteUrl, siteUrl } from "../site";
import { atomFeed, correctionsRss, rssFeed, type FeedInput } from "./feeds";

type Scope = { title: string; description: string; pagePath: string; articles: Article[] };

function feedInput(scope: Scope, feedPath: string): FeedInput {
  const { site } = getContent();
  return {
    title: scope.title,
    description: scope.description,
    pageUrl: absoluteUrl(scope.pagePath),
    feedUrl: absoluteUrl(feedPath),
    language: site.language,
    origin: siteUrl(),
    articles: scope.articles,
    authorsOf,
    sectionName: (article) => findSection(article.section)?.name ?? article.section,
    now: now(),
  };
}

const HEADERS = { "Cache-Control": "public, s-maxage=300, stale-while-revalidate=3600" };

export function rssResponse(scope: Scope, feedPath: string): Response {
  return new Response(rssFeed(feedInput(scope, feedPath)), {
    headers: { ...HEADERS, "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}

export function atomResponse(scope: Scope, feedPath: string): Response {
  return new Response(atomFeed(feedInput(scope, feedPath)), {
    headers: { ...HEADERS, "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}

export const CORRECTIONS_FEED = "/corrections/feed.xml";

/** The corrections feed: the latest corrections to public articles, newest first. */
export function correctionsRssResponse(): Response {
  const { site } = getContent();
  const at = now();
  const body = correctionsRss({
    title: `Corrections | ${site.name}`,
    description: `Corrections to articles published by ${site.name}, newest first.`,
    pageUrl: absoluteUrl("/corrections"),
    feedUrl: absoluteUrl(CORRECTIONS_FEED),
    language: site.language,
    origin: siteUrl(),
    corrections: publicCorrections(at),
    now: at,
  });
  return new Response(body, { headers: { ...HEADERS, "Content-Type": "application/rss+xml; charset=utf-8" } });
}

/** What the site's own feeds cover. */
export function siteScope(): Scope {
  const { site } = getContent();
  return { title: site.name, description: site.description, pagePath: "/", articles: publicArticles(now()) };
}

/** A listing's RSS or Atom feed, or 404 when there is no such listing at this moment. */
export function listingFeed(format: "rss" | "atom", kind: ListingKind, key: string): Response {
  const listing = findListing(kind, key, now());
  if (!listing) return noSuchFeed();
  const scope = {
    title: `${listing.name} | ${getContent().site.name}`,
    description: listing.description,
    pagePath: listing.path,
    articles: listing.articles,
  };
  return format === "rss" ? rssResponse(scope, listing.feeds.rss) : atomResponse(scope, listing.feeds.atom);
}

const noSuchFeed = () =>
  new Response("No such feed.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
