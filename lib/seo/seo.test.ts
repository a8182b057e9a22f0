import { describe, expect, it } from "vitest";
import type { Article, Author } from "../content/store";
import type { Section, SiteSettings } from "../content/schema";
import { atomFeed, rssFeed } from "./feeds";
import { articleGraph, serializeJsonLd, websiteGraph } from "./json-ld";
import { newsArticles, newsSitemap, sitemapIndex, urlSet } from "./sitemaps";

const site = {
  name: "The Test Gazette",
  tagline: "t",
  description: "d",
  language: "en-GB",
  timeZone: "Asia/Singapore",
  footerLinks: [],
  comments: { closeAfterDays: 60 },
  prerenderDays: 30,
} as SiteSettings;
const section = { slug: "asia", name: "Asia", description: "Asia news", order: 1 } as Section;
const author = {
  slug: "ann",
  name: "Ann Writer",
  role: "Reporter",
  path: "/authors/ann",
  photo: { src: "/images/authors/ann.jpg", alt: "Ann" },
  links: { website: "https://ann.example" },
} as unknown as Author;
const article = (slug: string, publishedAt: string, extra: Partial<Article> = {}) =>
  ({
    slug,
    title: `Title of ${slug} & <more>`,
    standfirst: "What happened",
    section: "asia",
    authors: ["ann"],
    path: `/asia/${slug}`,
    publishedAt: new Date(publishedAt),
    type: "news",
    tags: ["China", "Russia"],
    hero: { src: `/images/articles/${slug}.jpg`, alt: "x" },
    corrections: [],
    ...extra,
  }) as Article;
const context = { origin: "https://news.example", site };

describe("JSON-LD", () => {
  it("offers the site's search from the WebSite node", () => {
    expect(websiteGraph(context)["@graph"][0]).toMatchObject({
      "@type": "WebSite",
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: "https://news.example/search?q={search_term_string}" },
        "query-input": "required name=search_term_string",
      },
    });
  });
  it("describes an article as NewsArticle with offsets in the newsroom's zone", () => {
    const graph = articleGraph(context, {
      article: article("a", "2014-11-18T11:40:00Z", { type: "opinion", updatedAt: new Date("2014-11-19T00:00:00Z") }),
      authors: [author],
      section,
      commentCount: 3,
      now: new Date("2026-01-01T00:00:00Z"),
    });
    const node = graph["@graph"][0]!;
    expect(node).toMatchObject({
      "@type": "OpinionNewsArticle",
      headline: "Title of a & <more>",
      datePublished: "2014-11-18T19:40:00+08:00",
      dateModified: "2014-11-19T08:00:00+08:00",
      author: [{ "@type": "Person", name: "Ann Writer", url: "https://news.example/authors/ann" }],
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://news.example/asia/a" },
      articleSection: "Asia",
      keywords: ["China", "Russia"],
      isAccessibleForFree: true,
      commentCount: 3,
    });
    expect(node.image).toEqual(
      ["16x9", "4x3", "1x1"].map((r) => `https://news.example/media/${r}/images/articles/a.jpg`),
    );
    expect(graph["@graph"].map((n) => n["@type"])).toEqual([
      "OpinionNewsArticle",
      "NewsMediaOrganization",
      "BreadcrumbList",
    ]);
  });

  it("lists the corrections in effect as CorrectionComment, and dates the change by the latest", () => {
    const corrections = [
      { at: new Date("2014-11-19T02:00:00Z"), text: "The meeting was in Beijing, not Shanghai." },
      { at: new Date("2014-11-21T02:00:00Z"), text: "A later note." },
    ];
    const graphAt = (now: string) =>
      articleGraph(context, {
        article: article("a", "2014-11-18T11:40:00Z", { corrections }),
        authors: [author],
        section,
        now: new Date(now),
      })["@graph"][0]!;
    const node = graphAt("2014-11-20T00:00:00Z");
    expect(node.correction).toEqual([
      {
        "@type": "CorrectionComment",
        datePublished: "2014-11-19T10:00:00+08:00",
        text: "The meeting was in Beijing, not Shanghai.",
      },
    ]);
    expect(node.dateModified).toBe("2014-11-19T10:00:00+08:00");
    expect(graphAt("2014-11-21T02:00:00Z").correction).toHaveLength(2);
    expect(graphAt("2014-11-19T01:59:59Z")).not.toHaveProperty("correction");
  });

  it("cannot be broken out of its script tag", () => {
    const text = serializeJsonLd({
      "@context": "https://schema.org",
      "@graph": [{ name: "</script><script>alert(1)</script><!--" }],
    });
    expect(text).not.toMatch(/<|>/);
    expect(JSON.parse(text)["@graph"][0].name).toBe("</script><script>alert(1)</script><!--");
  });
});

describe("feeds", () => {
  const input = {
    title: "Gazette",
    description: "All news",
    pageUrl: "https://news.example/",
    feedUrl: "https://news.example/feed.xml",
    language: "en-GB",
    origin: "https://news.example",
    articles: [article("b", "2026-11-27T00:00:00Z"), article("a", "2026-11-26T00:00:00Z")],
    authorsOf: () => [author],
    sectionName: () => "Asia",
    now: new Date("2026-11-28T00:00:00Z"),
  };
  it("writes RSS 2.0 with escaped text, authors and categories", () => {
    const rss = rssFeed(input);
    expect(rss).toContain("<title>Title of b &amp; &lt;more&gt;</title>");
    expect(rss).toContain("<dc:creator>Ann Writer</dc:creator>");
    expect(rss).toContain("<category>Asia</category><category>China</category>");
    expect(rss).toContain('<atom:link href="https://news.example/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(rss.match(/<item>/g)).toHaveLength(2);
  });
  it("writes Atom with ids, dates and authors", () => {
    const atom = atomFeed(input);
    expect(atom).toContain("<id>https://news.example/asia/b</id>");
    expect(atom).toContain("<updated>2026-11-27T00:00:00.000Z</updated>");
  });
  it("dates an entry and the feed by a correction in effect, not by one still to come", () => {
    const corrected = article("b", "2026-11-27T00:00:00Z", {
      corrections: [
        { at: new Date("2026-11-27T12:00:00Z"), text: "x" },
        { at: new Date("2026-11-29T00:00:00Z"), text: "y" },
      ],
    });
    const atom = atomFeed({ ...input, articles: [corrected] });
    expect(atom).toContain("<updated>2026-11-27T12:00:00.000Z</updated><entry>");
    expect(atom).toContain(
      "<published>2026-11-27T00:00:00.000Z</published><updated>2026-11-27T12:00:00.000Z</updated>",
    );
    expect(rssFeed({ ...input, articles: [corrected] })).toContain("<lastBuildDate>Fri, 27 Nov 2026 12:00:00 GMT");
    expect(atom).toContain("<author><name>Ann Writer</name><uri>https://news.example/authors/ann</uri></author>");
  });
  it("stops at 50 articles", () => {
    const many = Array.from({ length: 60 }, (_, i) => article(`x${i}`, "2026-01-01T00:00:00Z"));
    expect(rssFeed({ ...input, articles: many }).match(/<item>/g)).toHaveLength(50);
  });
});

describe("sitemaps", () => {
  it("lists sitemaps and URLs with lastmod and images", () => {
    expect(
      sitemapIndex([{ loc: "https://n.example/sitemaps/articles-1.xml", lastmod: new Date("2026-01-01T00:00:00Z") }]),
    ).toContain(
      "<sitemap><loc>https://n.example/sitemaps/articles-1.xml</loc><lastmod>2026-01-01T00:00:00.000Z</lastmod></sitemap>",
    );
    expect(urlSet([{ loc: "https://n.example/a?x=1&y=2", images: [{ loc: "https://n.example/i.jpg" }] }])).toContain(
      "<url><loc>https://n.example/a?x=1&amp;y=2</loc><image:image><image:loc>https://n.example/i.jpg</image:loc></image:image></url>",
    );
  });

  it("keeps only the last 48 hours in the news sitemap", () => {
    const now = new Date("2026-11-28T12:00:00Z");
    const articles = [
      article("future", "2026-11-28T13:00:00Z"),
      article("new", "2026-11-28T11:00:00Z"),
      article("edge", "2026-11-26T12:00:00Z"),
      article("old", "2026-11-26T11:59:59Z"),
    ];
    expect(newsArticles(articles, now).map((a) => a.slug)).toEqual(["new", "edge"]);
    const xmlText = newsSitemap({
      articles: newsArticles(articles, now),
      origin: "https://n.example",
      publication: "The Test Gazette",
      language: "en-GB",
    });
    expect(xmlText).toContain("<news:name>The Test Gazette</news:name><news:language>en</news:language>");
    expect(xmlText).toContain("<news:publication_date>2026-11-28T11:00:00.000Z</news:publication_date>");
  });
});
