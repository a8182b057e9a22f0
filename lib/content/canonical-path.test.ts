import { describe, expect, it } from "vitest";
import { firstPagePath, movedArticlePath, movedPath, sectionPathInOtherCase, topicPathForTag } from "./canonical-path";
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
  it("is the listing itself, for known sections, authors and public topics only", () => {
    expect(firstPagePath("/asia/page/1", now)).toBe("/asia");
    expect(firstPagePath("/authors/lena-marsh/page/1", now)).toBe("/authors/lena-marsh");
    expect(firstPagePath("/topics/climate/page/1", now)).toBe("/topics/climate");
    for (const other of ["/no-such-section/page/1", "/authors/nobody/page/1", "/topics/asean/page/1", "/topics/nothing/page/1", "/asia/page/2", "/asia/page/01", "/asia"]) {
      expect(firstPagePath(other, now), other).toBeNull();
    }
    expect(movedPath("/asia/page/1", now)).toBe("/asia");
    expect(movedPath(`/europe/${shoigu}`, now)).toBe(`/asia/${shoigu}`);
  });
});

describe("a tag's address", () => {
  it("moves to its topic's, whatever follows it", () => {
    expect(topicPathForTag("/tags/Climate")).toBe("/topics/climate");
    expect(topicPathForTag("/tags/South China Sea/feed.xml")).toBe("/topics/south-china-sea/feed.xml");
    expect(topicPathForTag("/tags/South%20China%20Sea")).toBe("/topics/south-china-sea");
    expect(movedPath("/tags/climate/page/2", now)).toBe("/topics/climate/page/2");
    for (const other of ["/tags", "/tags/", "/tags/---", "/topics/climate"]) expect(topicPathForTag(other), other).toBeNull();
  });
});

describe("a section asked for in another case", () => {
  it("is its own address, page numbers kept, when the section and the page exist", () => {
    expect(sectionPathInOtherCase("Asia", 1, now)).toBe("/asia");
    expect(sectionPathInOtherCase("ASIA", 2, now)).toBe("/asia/page/2");
  });

  it("is nothing for the section's own name, an unknown name, a page past the last or no page at all", () => {
    for (const [section, number] of [["asia", 1], ["Atlantis", 1], ["Asia", 999], ["Asia", Number.NaN]] as const) {
      expect(sectionPathInOtherCase(section, number, now), `${section} ${number}`).toBeNull();
    }
  });
});
