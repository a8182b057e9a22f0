// A fixed article page for component tests: what articlePageProps() returns, built by hand so no content store,
// database or clock is involved.
import type { ArticlePageProps } from "@/lib/content/article-page";
import type { Article } from "@/lib/content/store";

const site = {
  name: "The Test Post",
  tagline: "Tested daily",
  description: "A fixture.",
  language: "en-GB",
  timeZone: "Europe/London",
  footerLinks: [],
  comments: { closeAfterDays: 60 },
  prerenderDays: 30,
};

export function fixtureArticle(overrides: Partial<Article> = {}): Article {
  return {
    title: "Bridges reopen after the flood",
    slug: "bridges-reopen",
    section: "city",
    authors: ["ada"],
    standfirst: "Three crossings carry traffic again.",
    publishedAt: new Date("2026-03-02T09:30:00Z"),
    status: "published",
    type: "news",
    tags: ["Transport"],
    featured: false,
    sensitive: false,
    sponsored: false,
    hero: { src: "/images/missing-in-tests.jpg", alt: "A bridge over a brown river" },
    comments: "auto",
    redirectFrom: [],
    corrections: [],
    path: "/city/bridges-reopen",
    file: "content/articles/bridges-reopen.md",
    bodyImages: [],
    readingMinutes: 3,
    ...overrides,
  };
}

export function fixturePage(overrides: Partial<ArticlePageProps> = {}): ArticlePageProps {
  const article = overrides.article ?? fixtureArticle();
  return {
    article,
    section: { slug: "city", name: "City", description: "The city.", order: 1 },
    authors: [
      {
        name: "Ada Lovelace",
        slug: "ada",
        role: "Transport correspondent",
        photo: { src: "/images/ada.jpg", alt: "Ada" },
        links: {},
        path: "/authors/ada",
        file: "content/authors/ada.md",
        bioMarkdown: "Ada covers transport.",
      },
    ],
    bodyHtml: "<p>The <em>river</em> fell overnight.</p>",
    corrections: [],
    modifiedAt: article.publishedAt,
    canonicalUrl: `https://news.example${article.path}`,
    related: [fixtureArticle({ title: "Ferries return", slug: "ferries-return", path: "/city/ferries-return" })],
    site,
    support: null,
    comments: {
      count: 2,
      threads: [],
      page: 1,
      pageCount: 1,
      open: false,
      renderToken: "token",
      flash: null,
    },
    graph: { "@context": "https://schema.org", "@graph": [{ "@type": "NewsArticle", headline: "</script><b>x" }] },
    ...overrides,
  };
}
