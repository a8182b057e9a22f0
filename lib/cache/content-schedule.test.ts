import { describe, expect, it } from "vitest";
import type { Article } from "../content/load";
import { changedSince, contentChanges, nextChangeAfter } from "./content-schedule";

const at = (iso: string) => new Date(iso).getTime();
const article = (slug: string, extra: Partial<Article> = {}) =>
  ({
    slug,
    section: "asia",
    path: `/asia/${slug}`,
    status: "published",
    authors: ["lena-marsh"],
    publishedAt: new Date("2026-01-01T00:00:00Z"),
    redirectFrom: [],
    tags: [],
    corrections: [],
    hero: { src: `/images/articles/${slug}.jpg`, alt: "" },
    ...extra,
  }) as Article;
const tagsOf = (path: string) => ["_N_T_/layout", "_N_T_/[section]/[slug]/page", `_N_T_${path}`];

describe("the content schedule", () => {
  const scheduled = article("soon", { publishedAt: new Date("2026-06-01T12:00:00Z") });
  const withdrawn = article("later", {
    section: "europe",
    path: "/europe/later",
    retracted: { at: new Date("2026-07-01T00:00:00Z"), notice: "x" },
  });
  const changes = contentChanges([
    scheduled,
    withdrawn,
    article("draft", { status: "draft", publishedAt: new Date("2026-06-15T00:00:00Z") }),
  ]);

  it("expires a page cached before an instant that concerns it, once that instant has passed", () => {
    const before = at("2026-05-01T00:00:00Z");
    expect(changedSince(changes, tagsOf("/asia/soon"), before, at("2026-06-01T11:59:59Z"))).toBe(false);
    expect(changedSince(changes, tagsOf("/asia/soon"), before, at("2026-06-01T12:00:00Z"))).toBe(true);
    expect(changedSince(changes, tagsOf("/asia/soon"), at("2026-06-01T12:00:01Z"), at("2026-06-02T00:00:00Z"))).toBe(
      false,
    );
  });

  it("concerns the article, the front page, its section's and authors' listings and the section's articles", () => {
    const [before, after] = [at("2026-05-01T00:00:00Z"), at("2026-06-01T12:00:05Z")];
    for (const path of [
      "/",
      "/asia",
      "/asia/page/2",
      "/asia/another-story",
      "/authors/lena-marsh",
      "/authors/lena-marsh/page/3",
      "/authors",
      "/corrections",
      "/og/soon",
      "/media/16x9/images/articles/soon.jpg",
      "/media/1x1/images/articles/soon.jpg",
    ]) {
      expect(changedSince(changes, tagsOf(path), before, after), path).toBe(true);
    }
    for (const path of ["/europe", "/europe/later", "/authors/someone-else", "/asian-games"]) {
      expect(changedSince(changes, tagsOf(path), before, after), path).toBe(false);
    }
  });

  it("concerns the topics of its tags and the articles sharing a tag (their related lists), in any section", () => {
    const tagged = contentChanges([
      article("due", { publishedAt: new Date("2026-06-01T12:00:00Z"), tags: ["Climate", "Mekong River"] }),
      article("old-mekong", { section: "europe", path: "/europe/old-mekong", tags: ["Mekong River"] }),
      article("untagged", { section: "europe", path: "/europe/untagged" }),
    ]);
    const [before, after] = [at("2026-05-01T00:00:00Z"), at("2026-06-01T12:00:05Z")];
    for (const path of [
      "/topics/climate",
      "/topics/mekong-river",
      "/topics/mekong-river/page/2",
      "/europe/old-mekong",
    ]) {
      expect(changedSince(tagged, tagsOf(path), before, after), path).toBe(true);
    }
    for (const path of ["/topics/trade", "/europe/untagged"]) {
      expect(changedSince(tagged, tagsOf(path), before, after), path).toBe(false);
    }
  });

  it("takes a withdrawal's time, ignores drafts, and reads times on a shifted clock as real ones", () => {
    expect(changedSince(changes, tagsOf("/europe/later"), at("2026-06-30T00:00:00Z"), at("2026-07-01T00:00:00Z"))).toBe(
      true,
    );
    expect(changes).toHaveLength(3);
    const shifted = contentChanges([scheduled], 86_400_000);
    expect(changedSince(shifted, tagsOf("/asia/soon"), at("2026-05-01T00:00:00Z"), at("2026-05-31T12:00:00Z"))).toBe(
      true,
    );
  });

  it("takes a correction's time for its article and the corrections page only", () => {
    const corrected = article("fixed", { corrections: [{ at: new Date("2026-08-01T00:00:00Z"), text: "x" }] });
    const withCorrection = contentChanges([corrected]);
    const [before, after] = [at("2026-07-31T00:00:00Z"), at("2026-08-01T00:00:00Z")];
    for (const path of ["/asia/fixed", "/corrections"]) {
      expect(changedSince(withCorrection, tagsOf(path), before, after), path).toBe(true);
      expect(changedSince(withCorrection, tagsOf(path), before, after - 1), path).toBe(false);
    }
    for (const path of ["/", "/asia", "/asia/other", "/authors/lena-marsh"]) {
      expect(changedSince(withCorrection, tagsOf(path), before, after), path).toBe(false);
    }
  });

  it("names the next instant after a time, for the lifetime shared caches may give a response", () => {
    expect(nextChangeAfter(changes, at("2026-05-01T00:00:00Z"))).toBe(at("2026-06-01T12:00:00Z"));
    // An instant that has just passed is not the next one.
    expect(nextChangeAfter(changes, at("2026-06-01T12:00:00Z"))).toBe(at("2026-07-01T00:00:00Z"));
    expect(nextChangeAfter(changes, at("2026-07-01T00:00:00Z"))).toBeUndefined();
  });
});
