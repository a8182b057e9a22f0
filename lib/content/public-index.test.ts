import { describe, expect, it } from "vitest";
import type { Article } from "./load";
import { buildPublicIndex, oldAddressKey } from "./public-index";

const at = (iso: string) => new Date(iso);
const article = (slug: string, extra: Partial<Article> = {}) =>
  ({ slug, section: "asia", authors: ["lena"], tags: [], status: "published", publishedAt: at("2026-01-01T00:00:00Z"), redirectFrom: [], corrections: [], ...extra }) as Article;

describe("the public index", () => {
  const archive = [
    article("due-later", { publishedAt: at("2026-09-01T00:00:00Z") }),
    article("in-europe", { section: "europe", authors: ["lena", "omar"] }),
    article("withdrawn-later", { retracted: { at: at("2026-08-01T00:00:00Z"), notice: "Withdrawn." } }),
    article("draft", { status: "draft" }),
    article("old", { publishedAt: at("2025-01-01T00:00:00Z") }),
  ];

  it("holds the public articles in archive order, by section and by author", () => {
    const index = buildPublicIndex(archive, at("2026-06-01T00:00:00Z"));
    expect(index.articles.map((a) => a.slug)).toEqual(["in-europe", "withdrawn-later", "old"]);
    expect(index.bySection.get("asia")!.map((a) => a.slug)).toEqual(["withdrawn-later", "old"]);
    expect(index.byAuthor.get("omar")!.map((a) => a.slug)).toEqual(["in-europe"]);
  });

  it("indexes public articles by topic slug, once per article however the tag repeats", () => {
    const index = buildPublicIndex(
      [
        article("due", { tags: ["Climate"], publishedAt: at("2026-09-01T00:00:00Z") }),
        article("twice", { tags: ["South China Sea", "Climate", "Climate"] }),
        article("draft", { tags: ["Climate"], status: "draft" }),
      ],
      at("2026-06-01T00:00:00Z"),
    );
    expect(index.byTag.get("climate")!.map((a) => a.slug)).toEqual(["twice"]);
    expect(index.byTag.get("south-china-sea")!.map((a) => a.slug)).toEqual(["twice"]);
  });

  it("says how long it holds: from the last change before now until the next one", () => {
    const index = buildPublicIndex(archive, at("2026-06-01T00:00:00Z"));
    expect(index.validFrom).toBe(at("2026-01-01T00:00:00Z").getTime());
    expect(index.validUntil).toBe(at("2026-08-01T00:00:00Z").getTime());
    const later = buildPublicIndex(archive, at("2026-10-01T00:00:00Z"));
    expect(later.articles.map((a) => a.slug)).toEqual(["due-later", "in-europe", "old"]);
    expect(later.validUntil).toBe(Infinity);
  });

  it("finds public articles by their old addresses, however the address is spelt", () => {
    const moved = buildPublicIndex(
      [
        article("moved", { redirectFrom: ["/2024/01/moved/", "/caf%C3%A9"] }),
        article("moved-draft", { status: "draft", redirectFrom: ["/2024/01/draft"] }),
        article("moved-later", { publishedAt: at("2026-09-01T00:00:00Z"), redirectFrom: ["/2024/01/later"] }),
      ],
      at("2026-06-01T00:00:00Z"),
    );
    expect([...moved.byOldAddress.keys()]).toEqual([oldAddressKey("/2024/01/moved"), oldAddressKey("/café")]);
    expect(moved.byOldAddress.get(oldAddressKey("/2024/01/moved/"))?.slug).toBe("moved");
    expect(moved.byOldAddress.get(oldAddressKey("/caf%c3%a9"))?.slug).toBe("moved");
  });
});
