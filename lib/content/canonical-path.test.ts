import { describe, expect, it } from "vitest";
import { firstPagePath, movedArticlePath, movedPath } from "./canonical-path";
import { getContent } from "./store";

const now = new Date();
const shoigu = "russia-china-defence-ministers-beijing-military-cooperation";

describe("where a moved article address belongs (sample content)", () => {
  it("sends an old address, with or without a trailing slash or percent-escapes, to the article", () => {
    for (const old of ["/2014/11/19/russia-china-military-cooperation", "/2014/11/19/russia-china-military-cooperation/", "/2014/11/19/russia%2Dchina-military-cooperation"]) {
      expect(movedArticlePath(old, now), old).toBe(`/asia/${shoigu}`);
    }
    expect(movedArticlePath("/2014/11/19/no-such-article", now)).toBeNull();
  });

  it("sends a public article's slug under another section, or under no section at all, to its own address", () => {
    expect(movedArticlePath(`/europe/${shoigu}`, now)).toBe(`/asia/${shoigu}`);
    expect(movedArticlePath(`/no-such-section/${shoigu}`, now)).toBe(`/asia/${shoigu}`);
  });

  it("leaves alone its own address, the site's own folders, unknown slugs and anything unpublished", () => {
    expect(movedArticlePath(`/asia/${shoigu}`, now)).toBeNull();
    expect(movedArticlePath(`/authors/${shoigu}`, now)).toBeNull();
    expect(movedArticlePath("/asia/no-such-article", now)).toBeNull();
    const unpublished = getContent().articles.filter((article) => article.status === "draft" || article.publishedAt > now);
    expect(unpublished.length).toBeGreaterThan(0);
    for (const article of unpublished) expect(movedArticlePath(`/europe/${article.slug}`, now)).toBeNull();
  });
});

describe("a listing's first page", () => {
  it("is the listing itself, for known sections and authors only", () => {
    expect(firstPagePath("/asia/page/1")).toBe("/asia");
    expect(firstPagePath("/authors/lena-marsh/page/1")).toBe("/authors/lena-marsh");
    for (const other of ["/no-such-section/page/1", "/authors/nobody/page/1", "/asia/page/2", "/asia/page/01", "/asia"]) {
      expect(firstPagePath(other), other).toBeNull();
    }
    expect(movedPath("/asia/page/1", now)).toBe("/asia");
    expect(movedPath(`/europe/${shoigu}`, now)).toBe(`/asia/${shoigu}`);
  });
});
