import { describe, expect, it } from "vitest";
import { articleElsewhere } from "./canonical-path";
import { getContent } from "./store";

const now = new Date();
const shoigu = "russia-china-defence-ministers-beijing-military-cooperation";

describe("where an article under the wrong section belongs (sample content)", () => {
  it("sends a public article's slug under another section, or under no section at all, to its own address", () => {
    expect(articleElsewhere(`/europe/${shoigu}`, now)).toBe(`/asia/${shoigu}`);
    expect(articleElsewhere(`/no-such-section/${shoigu}`, now)).toBe(`/asia/${shoigu}`);
  });

  it("leaves alone its own address, the site's own folders, unknown slugs and anything unpublished", () => {
    expect(articleElsewhere(`/asia/${shoigu}`, now)).toBeNull();
    expect(articleElsewhere(`/authors/${shoigu}`, now)).toBeNull();
    expect(articleElsewhere("/asia/no-such-article", now)).toBeNull();
    const unpublished = getContent().articles.filter((article) => article.status === "draft" || article.publishedAt > now);
    expect(unpublished.length).toBeGreaterThan(0);
    for (const article of unpublished) expect(articleElsewhere(`/europe/${article.slug}`, now)).toBeNull();
  });
});
