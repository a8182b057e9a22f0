// Feed responses for the site, a section or an author: public articles only, newest first.
import { now } from "../clock";
import { authorsOf, findSection, getContent, type Article } from "../content/store";
import { absoluteUrl, siteUrl } from "../site";
import { atomFeed, rssFeed, type FeedInput } from "./feeds";

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
  return new Response(rssFeed(feedInput(scope, feedPath)), { headers: { ...HEADERS, "Content-Type": "application/rss+xml; charset=utf-8" } });
}

export function atomResponse(scope: Scope, feedPath: string): Response {
  return new Response(atomFeed(feedInput(scope, feedPath)), { headers: { ...HEADERS, "Content-Type": "application/atom+xml; charset=utf-8" } });
}
