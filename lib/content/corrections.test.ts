import { describe, expect, it } from "vitest";
import { fixtureArticle } from "@/components/article/article-fixture";
import { correctionDateProblem, correctionsAt, latestCorrections, modifiedAt } from "./corrections";

const published = new Date("2026-03-02T09:30:00Z");
const first = { at: new Date("2026-03-03T10:00:00Z"), text: "The bridge is 40 metres long, not 400." };
const second = { at: new Date("2026-03-05T08:00:00Z"), text: "The engineer's name is Ruth Okafor." };

describe("corrections", () => {
  const article = fixtureArticle({ publishedAt: published, corrections: [first, second] });

  it("shows a correction from its time on, never before", () => {
    expect(correctionsAt(article, new Date("2026-03-03T09:59:59Z"))).toEqual([]);
    expect(correctionsAt(article, first.at)).toEqual([first]);
    expect(correctionsAt(article, new Date("2026-04-01T00:00:00Z"))).toEqual([first, second]);
  });

  it("makes the latest correction in effect the modified time, unless the update is later", () => {
    expect(modifiedAt(article, new Date("2026-03-03T00:00:00Z"))).toEqual(published);
    expect(modifiedAt(article, new Date("2026-03-04T00:00:00Z"))).toEqual(first.at);
    expect(modifiedAt(article, new Date("2026-04-01T00:00:00Z"))).toEqual(second.at);
    const updatedLater = { ...article, updatedAt: new Date("2026-03-06T00:00:00Z") };
    expect(modifiedAt(updatedLater, new Date("2026-04-01T00:00:00Z"))).toEqual(updatedLater.updatedAt);
    expect(modifiedAt(fixtureArticle(), new Date())).toEqual(fixtureArticle().publishedAt);
  });

  it("lists the corrections in effect newest first, each with its article", () => {
    const other = fixtureArticle({ slug: "ferries", corrections: [{ at: new Date("2026-03-04T00:00:00Z"), text: "x" }] });
    const listed = latestCorrections([article, other], new Date("2026-03-04T12:00:00Z"));
    expect(listed.map(({ article, correction }) => [article.slug, correction.at.toISOString()])).toEqual([
      ["ferries", "2026-03-04T00:00:00.000Z"],
      ["bridges-reopen", "2026-03-03T10:00:00.000Z"],
    ]);
    expect(latestCorrections([article, other], new Date("2026-04-01T00:00:00Z"), 1)[0]?.correction).toEqual(second);
  });

  it("refuses a correction dated before publication, or after now when the time is given", () => {
    expect(correctionDateProblem(new Date("2026-03-02T09:29:59Z"), published)).toBe("is earlier than publishedAt");
    expect(correctionDateProblem(published, published)).toBeNull();
    expect(correctionDateProblem(second.at, published)).toBeNull();
    expect(correctionDateProblem(second.at, published, new Date("2026-03-05T07:59:59Z"))).toBe("is in the future");
    expect(correctionDateProblem(second.at, published, second.at)).toBeNull();
  });
});
