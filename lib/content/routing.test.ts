import { describe, expect, it } from "vitest";
import type { Article } from "./load";
import { withdrawnRewrites } from "./routing";

const now = new Date("2026-06-01T00:00:00Z");
const article = (slug: string, extra: Partial<Article> = {}) =>
  ({ slug, section: "asia", path: `/asia/${slug}`, status: "published", publishedAt: new Date("2026-01-01T00:00:00Z"), redirectFrom: [], ...extra }) as Article;

describe("the content's routing table", () => {
  it("sends every address of a withdrawn article to its notice, and one still to be withdrawn to the same check", () => {
    const withdrawn = { at: new Date("2026-05-01T00:00:00Z"), notice: "Withdrawn." };
    const articles = [
      article("gone", { retracted: withdrawn, redirectFrom: ["/2020/gone"] }),
      article("not-yet", { retracted: { ...withdrawn, at: new Date("2026-07-01T00:00:00Z") } }),
      article("fine"),
    ];
    expect(withdrawnRewrites(articles, now)).toEqual([
      { source: "/:section/gone", destination: "/withdrawn/gone" },
      { source: "/2020/gone", destination: "/withdrawn/gone" },
      {
        source: "/:section/not-yet",
        destination: "/withdrawn/not-yet?section=:section",
        missing: [{ type: "header", key: "x-meridian-before-withdrawal" }, { type: "header", key: "next-action" }],
      },
    ]);
  });
});
