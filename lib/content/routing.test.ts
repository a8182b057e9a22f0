import { describe, expect, it } from "vitest";
import type { Article } from "./load";
// The matcher Next applies to rewrite sources.
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { firstPageRewrites, outsideSectionsRewrites, withdrawnRewrites } from "./routing";

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

  it("sends one or two segments outside the sections and routes to the moved-address page, never a section's or a route's", () => {
    const matchers = outsideSectionsRewrites(["asia", "europe"]).map(({ source }) => getPathMatch(source, { strict: true, removeUnnamedParams: true }));
    const matches = (path: string) => matchers.some((matcher) => matcher(path) !== false);
    for (const path of ["/2014/old-slug", "/tags/Climate", "/asiax/slug", "/no-such-section/slug", "/no-such-page", "/asiax", "/old-slug.html"])
      expect(matches(path), path).toBe(true);
    for (const path of ["/asia/slug", "/europe/slug", "/authors/lena-marsh", "/topics/climate", "/og/slug", "/media/16x9", "/a/b/c", "/asia", "/europe", "/authors", "/search", "/Asia"])
      expect(matches(path), path).toBe(false);
  });

  it("sends a section's, an author's and a topic's page 1 to the moved-address page, and nothing else", () => {
    const [rule] = firstPageRewrites();
    const matcher = getPathMatch(rule!.source, { strict: true, removeUnnamedParams: true });
    for (const [path, listing] of [
      ["/asia/page/1", "asia"],
      ["/authors/lena-marsh/page/1", "authors/lena-marsh"],
      ["/topics/climate/page/1", "topics/climate"],
    ] as const)
      expect(matcher(path), path).toEqual({ listing });
    expect(rule!.destination).toBe("/moved/:listing/page/1");
    for (const path of ["/asia/page/2", "/asia/page/10", "/a/b/page/1", "/asia/page/1/x", "/page/1", "/authors/lena-marsh/page/12"])
      expect(matcher(path), path).toBe(false);
  });
});
