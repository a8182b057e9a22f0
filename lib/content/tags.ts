// Tags as topics: the slug a tag is known by (/topics/{slug}) and the spellings that collide on one slug. Pure, and
// free of heavy imports: the content schedule (lib/cache) uses it too.
import type { ContentProblem } from "./errors";

/** "South China Sea" → "south-china-sea"; case, spacing, accents and punctuation do not count. "" if nothing is left. */
export function tagSlug(tag: string): string {
  return tag
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function topicPath(tag: string): string {
  return `/topics/${tagSlug(tag)}`;
}

type Tagged = { file: string; tags: string[] };

/**
 * Tags spelt two ways ("Southeast Asia", "South-East Asia") would make one topic page with two names: each spelling
 * is reported with every file that uses it. A tag with no letter or digit has no address at all.
 */
export function tagSpellingProblems(articles: Tagged[]): ContentProblem[] {
  const spellings = new Map<string, Map<string, string[]>>();
  const problems: ContentProblem[] = [];
  for (const { file, tags } of articles) {
    tags.forEach((tag, i) => {
      // Hyphens go too: "Southeast Asia" and "South-East Asia" are one tag spelt two ways.
      const slug = tagSlug(tag).replace(/-/g, "");
      if (!slug) problems.push({ file, field: `tags.${i}`, message: `"${tag}" has no letter or digit to make a topic address from` });
      const bySpelling = spellings.get(slug) ?? new Map<string, string[]>();
      spellings.set(slug, bySpelling);
      bySpelling.set(tag, [...(bySpelling.get(tag) ?? []), file]);
    });
  }
  for (const bySpelling of spellings.values()) {
    if (bySpelling.size < 2) continue;
    const all = [...bySpelling.entries()];
    for (const [spelling, files] of all) {
      const others = all
        .filter(([other]) => other !== spelling)
        .map(([other, otherFiles]) => `"${other}" (${otherFiles.join(", ")})`)
        .join("; ");
      for (const file of files) {
        problems.push({ file, field: "tags", message: `"${spelling}" is spelt differently elsewhere: ${others}; use one spelling` });
      }
    }
  }
  return problems;
}
