// Top-level paths the site itself owns: a section with one of these slugs would shadow a route. reserved.test.ts
// fails when a top-level folder of app/ (or a route group's child) is missing here.
export const RESERVED_SECTION_SLUGS = new Set([
  "about", "api", "atom", "authors", "corrections", "editor", "feed", "feeds", "icon", "images", "login", "logout", "media", "moved",
  "news-sitemap", "og", "page", "preview", "robots", "rss", "search", "signin", "signout", "sitemap", "sitemaps",
  "static", "styles", "support", "tags", "topics", "withdrawn",
]);

// Paths below a section that are not articles.
export const RESERVED_ARTICLE_SLUGS = new Set(["page", "feed", "atom", "rss"]);

/** "/{section}/{slug}": two segments whose first is not one of the site's own routes (proxy.ts). */
export const ARTICLE_PATH = new RegExp(`^/(?!(?:${[...RESERVED_SECTION_SLUGS].join("|")})/)[^/]+/[^/]+$`);
