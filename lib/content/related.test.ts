// The related-articles walk gives exactly what scoring every article sharing a tag and sorting them gives.
import { describe, expect, it } from "vitest";
import type { Article } from "./load";
import { buildPublicIndex, type PublicIndex } from "./public-index";
import { rankRelated } from "./related";
import { tagSlug } from "./tags";

/** The plain way: score every carrier of a shared tag, sort (stable, so the archive's order among equals), fill. */
function scoreAll(article: Article, index: PublicIndex, count: number): Article[] {
  const total = index.articles.length;
  const weight = new Map<string, number>();
  for (const slug of new Set(article.tags.map(tagSlug))) {
    const carriers = index.byTag.get(slug)?.length ?? 0;
    if (carriers > 0) weight.set(slug, Math.log((total + 1) / carriers));
  }
  const score = new Map<Article, number>();
  for (const [slug, idf] of weight) {
    for (const other of index.byTag.get(slug) ?? []) score.set(other, (score.get(other) ?? 0) + idf);
  }
  const ranked = index.articles
    .filter((other) => score.has(other) && other.slug !== article.slug)
    .sort((a, b) => score.get(b)! - score.get(a)!);
  const fill = (index.bySection.get(article.section) ?? []).filter(
    (other) => other.slug !== article.slug && !score.has(other),
  );
  return [...ranked, ...fill].slice(0, count);
}

function archive(size: number, seed: number): Article[] {
  let state = seed;
  const random = () => ((state = (state * 16807) % 2147483647) - 1) / 2147483646;
  const tags = ["Climate", "Trade", "Mekong", "Energy", "Rare one", "Water"];
  const sections = ["asia", "europe", "africa"];
  return Array.from({ length: size }, (_, i) => {
    const carried = tags.filter((_, t) => random() < (t === 4 ? 0.02 : 0.25));
    return {
      slug: `story-${i}`,
      section: sections[Math.floor(random() * sections.length)]!,
      status: "published",
      // Some share a publication time, so that the slug decides their order.
      publishedAt: new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 40) * 3_600_000),
      tags: carried,
      authors: ["ann"],
      redirectFrom: [],
      corrections: [],
    } as unknown as Article;
  }).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug));
}

describe("related articles", () => {
  it("rank as scoring every candidate would, for every article and any number of places", () => {
    for (const seed of [1, 7, 42]) {
      const articles = archive(300, seed);
      const index = buildPublicIndex(articles, new Date("2025-01-01T00:00:00Z"));
      for (const article of articles) {
        for (const count of [0, 1, 3, 10]) {
          expect(rankRelated(article, index, count), `${article.slug}, ${count}`).toEqual(scoreAll(article, index, count));
        }
      }
    }
  });
});
