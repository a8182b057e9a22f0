import { describe, expect, it } from "vitest";
import type { Article, Author } from "../content/store";
import type { Section, SiteSettings } from "../content/schema";
import { articleMetadata, listingMetadata, PUBLIC_ROBOTS, siteMetadata, SITE_FEEDS } from "./metadata";

const site = {
  name: "The Test Gazette",
  tagline: "Daily",
  description: "A paper.",
  language: "en-GB",
  timeZone: "Asia/Singapore",
} as SiteSettings;
const section = { slug: "asia", name: "Asia", description: "Asia news", order: 1 } as Section;
const author = { name: "Ann", path: "/authors/ann" } as Author;
const article = {
  slug: "a",
  title: "A headline",
  standfirst: "What happened",
  path: "/asia/a",
  tags: ["China"],
  hero: { src: "/images/a.jpg", alt: "x" },
  publishedAt: new Date("2014-11-18T11:40:00Z"),
  updatedAt: undefined,
  corrections: [],
} as unknown as Article;

describe("metadata builders", () => {
  it("give the site its base URL, title template, feeds and large-image cards", () => {
    const metadata = siteMetadata(site, "https://news.example");
    expect(metadata.metadataBase?.toString()).toBe("https://news.example/");
    expect(metadata.title).toEqual({ default: "The Test Gazette — Daily", template: "%s | The Test Gazette" });
    expect(metadata.alternates?.types?.["application/atom+xml"]).toEqual([
      { url: "/atom.xml", title: "The Test Gazette (Atom)" },
    ]);
    expect(metadata.twitter).toEqual({ card: "summary_large_image" });
  });

  it("describe an article for Open Graph with times in the newsroom's zone and its sharing image", () => {
    const metadata = articleMetadata(article, [author], section, site, new Date("2026-01-01T00:00:00Z"));
    expect(metadata.alternates?.canonical).toBe("/asia/a");
    expect(metadata.robots).toBe(PUBLIC_ROBOTS);
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      publishedTime: "2014-11-18T19:40:00+08:00",
      modifiedTime: "2014-11-18T19:40:00+08:00",
      authors: ["/authors/ann"],
      section: "Asia",
      tags: ["China"],
      images: [{ url: "/og/a", width: 1200, height: 630 }],
    });
  });

  it("take an article's modified time from a correction once it is in effect", () => {
    const corrected = { ...article, corrections: [{ at: new Date("2014-11-20T01:00:00Z"), text: "x" }] };
    const modified = (now: string) => articleMetadata(corrected, [author], section, site, new Date(now)).openGraph;
    expect(modified("2014-11-20T00:59:59Z")).toMatchObject({ modifiedTime: "2014-11-18T19:40:00+08:00" });
    expect(modified("2014-11-20T01:00:00Z")).toMatchObject({ modifiedTime: "2014-11-20T09:00:00+08:00" });
  });

  it("give listings their own canonical and feed, or the site's feeds", () => {
    expect(
      listingMetadata({ title: "Asia", description: "d", path: "/asia", feedPath: "/asia/feed.xml" }).alternates,
    ).toEqual({
      canonical: "/asia",
      types: { "application/rss+xml": [{ url: "/asia/feed.xml", title: "Asia" }] },
    });
    expect(listingMetadata({ title: "Support", description: "d", path: "/support" }).alternates?.types).toBe(
      SITE_FEEDS,
    );
  });
});
