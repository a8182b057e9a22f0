import { describe, expect, it } from "vitest";
import { changeInstants } from "./change-instants";
import type { Article } from "./load";

const at = (iso: string) => new Date(iso);
const article = (extra: Partial<Article>) =>
  ({ status: "published", publishedAt: at("2026-01-01T00:00:00Z"), corrections: [], ...extra }) as Article;

describe("the instants an article changes by itself", () => {
  it("are its publication, its withdrawal and each correction's time", () => {
    const instants = changeInstants(
      article({
        retracted: { at: at("2026-03-01T00:00:00Z"), notice: "Withdrawn." },
        corrections: [{ at: at("2026-02-01T00:00:00Z"), text: "A date was wrong." }],
      }),
    );
    expect(instants).toEqual([
      { at: at("2026-01-01T00:00:00Z").getTime(), correction: false },
      { at: at("2026-03-01T00:00:00Z").getTime(), correction: false },
      { at: at("2026-02-01T00:00:00Z").getTime(), correction: true },
    ]);
  });

  it("are none for a draft, whatever its dates", () => {
    expect(changeInstants(article({ status: "draft" }))).toEqual([]);
  });
});
