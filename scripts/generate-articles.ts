// Writes N realistic synthetic articles into a separate content folder (CONTENT_DIR), for scale tests:
//   CONTENT_DIR=.bench/content-10000 npm run generate-articles -- 10000
// The site's settings, sections and authors are copied from content/; heroes reuse the sample illustrations. Words come
// from scripts/vocabulary.ts (thousands, Zipf-distributed), so that searches over the result are selective.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { articleWords, random, TOPICS } from "./vocabulary";

const TAGS = [
  "Trade",
  "Energy",
  "Climate",
  "Elections",
  "Transport",
  "Health",
  "Housing",
  "Security",
  "Water",
  "Technology",
  "Farming",
  "Labour",
];
const TYPES = ["news", "news", "news", "news", "analysis", "opinion"] as const;

function sentence(word: () => string, words = 14): string {
  const picked = Array.from({ length: words }, word);
  return `${picked.join(" ").replace(/^./, (c) => c.toUpperCase())}.`;
}

function paragraph(rand: () => number, word: () => string): string {
  return Array.from({ length: 3 + Math.floor(rand() * 3) }, () => sentence(word, 10 + Math.floor(rand() * 10))).join(
    " ",
  );
}

function articleFile(
  i: number,
  sections: string[],
  authors: string[],
  heroes: string[],
): { name: string; text: string } {
  const rand = random(i + 1);
  const word = articleWords(rand, Math.floor(rand() * TOPICS));
  const title = sentence(word, 6 + Math.floor(rand() * 6)).slice(0, -1);
  const slug = `synthetic-${i}-${title.toLowerCase().split(" ").slice(0, 4).join("-")}`;
  const published = new Date(
    Date.UTC(2010, 0, 1) + Math.floor(rand() * (Date.UTC(2026, 9, 31) - Date.UTC(2010, 0, 1))),
  );
  const hero = heroes[Math.floor(rand() * heroes.length)]!;
  // The archive before 2024 came over from an older system, so those articles keep an old, dated address each.
  const oldAddress =
    published.getUTCFullYear() < 2024
      ? `/${published.toISOString().slice(0, 10).replaceAll("-", "/")}/story-${i}`
      : null;
  const front = [
    "---",
    `title: "${title}"`,
    `slug: ${slug}`,
    `section: ${sections[Math.floor(rand() * sections.length)]}`,
    `authors: [${authors[Math.floor(rand() * authors.length)]}]`,
    `standfirst: "${sentence(word, 18)}"`,
    `publishedAt: ${published.toISOString().slice(0, 19)}+00:00`,
    `type: ${TYPES[Math.floor(rand() * TYPES.length)]}`,
    `tags: [${TAGS[Math.floor(rand() * TAGS.length)]}, ${TAGS[Math.floor(rand() * TAGS.length)]}]`,
    ...(oldAddress ? [`redirectFrom: [${oldAddress}]`] : []),
    "hero:",
    `  src: /images/articles/${hero}`,
    "  alt: Illustration for a synthetic test article",
    "  caption: Synthetic article for scale tests",
    "  credit: Meridian Post graphics",
    "---",
  ].join("\n");
  const body = [
    paragraph(rand, word),
    paragraph(rand, word),
    `## ${sentence(word, 5).slice(0, -1)}`,
    paragraph(rand, word),
    `> "${sentence(word, 16)}" said a spokesperson.`,
    paragraph(rand, word),
    "- " + sentence(word, 8),
    "- " + sentence(word, 8),
    paragraph(rand, word),
  ].join("\n\n");
  return { name: `${slug}.md`, text: `${front}\n${body}\n` };
}

function main() {
  const count = Number(process.argv[2]);
  const target = process.env.CONTENT_DIR;
  if (!Number.isInteger(count) || count < 1)
    throw new Error("Usage: CONTENT_DIR=folder npm run generate-articles -- N");
  if (!target || path.resolve(target) === path.resolve("content"))
    throw new Error("Set CONTENT_DIR to a folder other than content/.");
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.join(target, "articles"), { recursive: true });
  for (const name of ["site.yaml", "moderation.yaml", "support.yaml", "sections", "authors"]) {
    if (existsSync(path.join("content", name)))
      cpSync(path.join("content", name), path.join(target, name), { recursive: true });
  }
  const sections = readdirSync(path.join(target, "sections")).map((file) => file.replace(/\.ya?ml$/, ""));
  const authors = readdirSync(path.join(target, "authors")).map((file) => file.replace(/\.md$/, ""));
  const heroes = readdirSync("public/images/articles").filter((file) => file.endsWith(".jpg"));
  for (let i = 0; i < count; i++) {
    const { name, text } = articleFile(i, sections, authors, heroes);
    writeFileSync(path.join(target, "articles", name), text);
  }
  console.log(`Wrote ${count} articles to ${path.join(target, "articles")}.`);
}

main();
