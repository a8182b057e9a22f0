import { describe, expect, it } from "vitest";
import type { Article } from "./load";
import { articleRedirects, withdrawnRewrites } from "./routing";

const now = new Date("2026-06-01T00:00:00Z");
const article = (slug: string, extra: Partial<Article> = {}) =>
  ({ slug, section: "asia", path: `/asia/${slug}`, status: "published", publishedAt: new Date("2026-01-01T00:00:00Z"), redirectFrom: [], ...extra }) as Article;

describe("the content's routing table", () => {
  it("redirects old addresses of public articles only, matching each old path literally", () => {
    const articles = [
      article("live", { redirectFrom: ["/2014/11/old-live", "/a:b(c)"] }),
      article("draft", { status: "draft", redirectFrom: ["/old-draft"] }),
      article("later", { publishedAt: new Date("2027-01-01T00:00:00Z"), redirectFrom: ["/old-later"] }),
    ];
    expect(articleRedirects(articles, now)).toEqual([
      { source: "/2014/11/old-live", destination: "/asia/live", permanent: true },
      { source: "/a\\:b\\(c\\)", destination: "/asia/live", permanent: true },
    ]);
  });

  it("sends every address of a withdrawn article, and nothing else, to its notice", () => {
    const withdrawn = { at: new Date("2026-05-01T00:00:00Z"), notice: "Withdrawn." };
    const articles = [
      article("gone", { retracted: withdrawn, redirectFrom: ["/2020/gone"] }),
      article("not-yet", { retracted: { ...withdrawn, at: new Date("2026-07-01T00:00:00Z") } }),
      article("fine"),
    ];
    expect(withdrawnRewrites(articles, now)).toEqual([
      { source: "/:section/gone", destination: "/retracted/gone" },
      { source: "/2020/gone", destination: "/retracted/gone" },
    ]);
    expect(articleRedirects(articles, now).map((redirect) => redirect.source)).not.toContain("/2020/gone");
  });
});
