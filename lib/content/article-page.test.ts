import { describe, expect, it, vi } from "vitest";
import { articlePageProps } from "./article-page";
import { getContent, isPublic } from "./store";

// The database out of reach, as a PostgreSQL server that refuses connections is seen.
vi.mock("../db/connection", () => ({
  getDb: vi.fn(() =>
    Promise.reject(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
  ),
}));

const NOW = new Date("2026-11-30T12:00:00Z");

describe("the article page's loader", () => {
  it("gives the article without its conversation while the database is out of reach, never an error", async () => {
    const article = getContent().articles.find((candidate) => isPublic(candidate, NOW))!;
    const page = await articlePageProps(article, NOW);
    expect(page.comments).toBe("unavailable");
    expect(page.bodyHtml).not.toBe("");
    expect(page.graph).not.toBeNull();
    expect(JSON.stringify(page.graph)).not.toContain("commentCount");
  });

  it("lets any other failure through, so a bug is not mistaken for an outage", async () => {
    const { getDb } = await import("../db/connection");
    vi.mocked(getDb).mockRejectedValueOnce(new TypeError("a bug"));
    const article = getContent().articles.find((candidate) => isPublic(candidate, NOW))!;
    await expect(articlePageProps(article, NOW)).rejects.toThrow("a bug");
  });
});
