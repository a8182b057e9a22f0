// Related articles: those sharing an article's tags, each shared tag counting by how rare it is. Pure, over the public
// index, and without visiting the whole archive: the tags' lists are walked newest first together, and the walk stops
// once the places are taken by articles carrying every tag (nothing later can rank above them).
import type { Article } from "./load";
import type { PublicIndex } from "./public-index";
import { tagSlug } from "./tags";

/** The archive's order: newest first, then by slug (lib/content/load.ts). */
function earlier(a: Article, b: Article): boolean {
  const difference = b.publishedAt.getTime() - a.publishedAt.getTime();
  return difference < 0 || (difference === 0 && a.slug.localeCompare(b.slug) < 0);
}

/**
 * Articles sharing its tags, from any section: each shared tag weighs its inverse document frequency (so "Mekong"
 * says more than "Climate"), the newest first among equals; the section's newest fill any places left. Never the
 * article itself.
 */
export function rankRelated(article: Article, index: PublicIndex, count: number): Article[] {
  if (count <= 0) return [];
  const total = index.articles.length;
  const tags: { list: Article[]; weight: number }[] = [];
  for (const slug of new Set(article.tags.map(tagSlug))) {
    const list = index.byTag.get(slug) ?? [];
    if (list.length > 0) tags.push({ list, weight: Math.log((total + 1) / list.length) });
  }
  // Summed in the tags' order, as each candidate's score is below, so that equal sets of tags give equal scores.
  const best = tags.reduce((sum, tag) => sum + tag.weight, 0);
  const ranked: { article: Article; score: number }[] = [];
  const heads = tags.map(() => 0);
  while (ranked.length < count || ranked[ranked.length - 1]!.score < best) {
    // The next article in the archive's order among the lists' heads, and its score over every list it heads.
    let next: Article | undefined;
    tags.forEach(({ list }, i) => {
      const head = list[heads[i]!];
      if (head && (!next || earlier(head, next))) next = head;
    });
    if (!next) break;
    let score = 0;
    tags.forEach(({ list, weight }, i) => {
      if (list[heads[i]!] === next) {
        score += weight;
        heads[i]!++;
      }
    });
    if (next.slug === article.slug) continue;
    // Kept in score order, earlier arrivals (newer articles) first among equals.
    let at = ranked.length;
    while (at > 0 && ranked[at - 1]!.score < score) at--;
    if (at < count) ranked.splice(at, 0, { article: next, score });
    if (ranked.length > count) ranked.pop();
  }
  const chosen = ranked.map((entry) => entry.article);
  if (chosen.length < count) {
    const tagged = new Set(tags.map(({ list }) => list));
    const carriesAny = (other: Article) => other.tags.some((tag) => tagged.has(index.byTag.get(tagSlug(tag))!));
    for (const other of index.bySection.get(article.section) ?? []) {
      if (chosen.length >= count) break;
      if (other.slug !== article.slug && !carriesAny(other)) chosen.push(other);
    }
  }
  return chosen;
}
