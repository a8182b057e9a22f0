// Top-level paths the site itself owns: a section with one of these slugs would shadow a route.
export const RESERVED_SECTION_SLUGS = new Set([
  "about", "api", "atom", "authors", "editor", "feed", "feeds", "icon", "images", "login", "logout", "media", "moved",
  "news-sitemap", "og", "page", "preview", "robots", "rss", "search", "signin", "signout", "sitemap", "sitemaps",
  "static", "styles", "support", "tags", "withdrawn",
]);

// Paths below a section that are not articles.
export const RESERVED_ARTICLE_SLUGS = new Set(["page", "feed", "atom", "rss"]);
