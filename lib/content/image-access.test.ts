import { describe, expect, it } from "vitest";
import { getContent, isPublic } from "./store";
import { isWithheldImage } from "./image-access";

describe("isWithheldImage", () => {
  const { articles, authors } = getContent();
  const now = new Date();

  it("withholds the lead image of a draft, and of a scheduled article until its time", () => {
    const draft = articles.find((article) => article.status === "draft")!;
    expect(isWithheldImage(draft.hero.src, now)).toBe(true);
    const scheduled = articles.find((article) => article.status === "published" && article.publishedAt > now)!;
    expect(isWithheldImage(scheduled.hero.src, now)).toBe(true);
    expect(isWithheldImage(scheduled.hero.src, new Date(scheduled.publishedAt.getTime() + 1000))).toBe(false);
  });

  it("serves public articles' images and every image that is no article's", () => {
    const published = articles.find((article) => isPublic(article, now))!;
    expect(isWithheldImage(published.hero.src, now)).toBe(false);
    expect(isWithheldImage(authors[0]!.photo.src, now)).toBe(false);
    expect(isWithheldImage("/images/articles/no-such-file.jpg", now)).toBe(false);
  });
});
