// Reads every file under a content folder, validates it and cross-checks the whole, collecting every problem: what
// the content check reports, and what the index (lib/content/load.ts) and the compiled index are made from.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { correctionDateProblem } from "./corrections";
import { ContentError, type ContentProblem } from "./errors";
import { FrontMatterError, parseYaml, splitFrontMatter } from "./front-matter";
import { publicImageExists } from "./images";
import { readingMinutes, wordCount } from "./reading-time";
import { RESERVED_ARTICLE_SLUGS, RESERVED_SECTION_SLUGS } from "./reserved";
import {
  articleFrontMatterSchema, authorFrontMatterSchema, moderationSchema, sectionSchema, siteSchema, supportSchema, topicsSchema,
  type ArticleFrontMatter, type AuthorFrontMatter, type ModerationSettings, type Section, type SiteSettings, type SupportSettings,
  type TopicSettings,
} from "./schema";
import { NONE } from "./shared-values";
import { tagSpellingProblems } from "./tags";

/** One article file as validated: its front matter and what the index keeps of its body. */
export type ValidatedArticle = { file: string; data: ArticleFrontMatter; body: { images: string[]; minutes: number } };

/**
 * A content folder as validated, file by file: what `indexContent` makes the index of, and what the compiled index
 * (lib/content/compiled.ts) stores so that other processes need not read and validate every file again.
 */
export type ValidatedContent = {
  root: string;
  site: SiteSettings;
  moderation: ModerationSettings;
  support: SupportSettings | null;
  topics: TopicSettings[];
  sections: Section[];
  authors: { file: string; data: AuthorFrontMatter; body: string }[];
  articles: ValidatedArticle[];
};

type Parsed<T, B = string> = { file: string; data: T; body: B };

function listFiles(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.includes(path.extname(entry.name)))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/** `digest` keeps what is needed of the body: each file's text is dropped as soon as it is read, so loading a large
 * archive never holds all of it at once (which made a process's heap, and so its resident memory, grow for good). */
function parseFile<S extends z.ZodType, B = string>(
  root: string, file: string, schema: S, kind: "markdown" | "yaml", problems: ContentProblem[],
  digest: (body: string) => B = (body) => body as B,
): Parsed<z.infer<S>, B> | null {
  const relative = path.relative(path.dirname(root), file);
  let raw: unknown;
  let body = "";
  try {
    const source = readFileSync(file, "utf8");
    if (kind === "markdown") ({ data: raw, body } = splitFrontMatter(source));
    else raw = parseYaml(source);
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    problems.push({ file: relative, message: error.message });
    return null;
  }
  const result = schema.safeParse(raw ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file: relative, field: issue.path.join(".") || undefined, message: issue.message });
    }
    return null;
  }
  // A copy through JSON: the parser's strings are slices of the front matter's text (keeping all of it alive) and its
  // objects each have a shape of their own; the copy's strings are flat and its objects share shapes.
  return { file: relative, data: JSON.parse(JSON.stringify(result.data)) as z.infer<S>, body: digest(body) };
}

function findDuplicates<T>(items: Parsed<T, unknown>[], key: (item: T) => string, what: string, problems: ContentProblem[]) {
  const seen = new Map<string, string>();
  for (const item of items) {
    const value = key(item.data);
    const earlier = seen.get(value);
    if (earlier) problems.push({ file: item.file, field: "slug", message: `duplicate ${what} "${value}", also used by ${earlier}` });
    else seen.set(value, item.file);
  }
}

const BODY_IMAGE = /!\[[^\]]*\]\((\/[^\s)]+)/g;

function bodyImages(markdown: string): string[] {
  const images = [...markdown.matchAll(BODY_IMAGE)].map(([, src]) => src!);
  return images.length ? images : NONE;
}

/** What an article's index entry keeps of its body. */
function bodyDigest(markdown: string) {
  return { images: bodyImages(markdown), minutes: readingMinutes(wordCount(markdown)) };
}

/** Old addresses are looked up only when no route answers (app/(internal)/moved), so one a route owns would never move. */
function answeredBySite(path: string, sectionSlugs: Set<string>): boolean {
  const withoutExtension = (segment: string) => segment.replace(/\.[a-z]+$/, "");
  const [first = "", second] = path.split("/").filter(Boolean);
  if (RESERVED_SECTION_SLUGS.has(withoutExtension(first))) return true;
  if (!sectionSlugs.has(first)) return false;
  return second === undefined || RESERVED_ARTICLE_SLUGS.has(withoutExtension(second));
}

/** Every file of the folder read and validated, and the whole cross-checked: a ContentError lists every problem. */
export function validateContent(contentDir: string, { now }: { now?: Date } = {}): ValidatedContent {
  const root = path.resolve(contentDir);
  const problems: ContentProblem[] = [];
  const siteFile = path.join(root, "site.yaml");
  const site = existsSync(siteFile) ? parseFile(root, siteFile, siteSchema, "yaml", problems) : null;
  if (!existsSync(siteFile)) problems.push({ file: path.relative(path.dirname(root), siteFile), message: "is missing" });

  const moderationFile = path.join(root, "moderation.yaml");
  const moderation = existsSync(moderationFile) ? parseFile(root, moderationFile, moderationSchema, "yaml", problems) : null;

  const supportFile = path.join(root, "support.yaml");
  const support = existsSync(supportFile) ? parseFile(root, supportFile, supportSchema, "yaml", problems) : null;

  const topicsFile = path.join(root, "topics.yaml");
  const topics = existsSync(topicsFile) ? parseFile(root, topicsFile, topicsSchema, "yaml", problems) : null;

  const sections = listFiles(path.join(root, "sections"), [".yaml", ".yml"])
    .map((file) => parseFile(root, file, sectionSchema, "yaml", problems))
    .filter((item) => item !== null);
  const authors = listFiles(path.join(root, "authors"), [".md"])
    .map((file) => parseFile(root, file, authorFrontMatterSchema, "markdown", problems))
    .filter((item) => item !== null);
  const articles = listFiles(path.join(root, "articles"), [".md"])
    .map((file) => parseFile(root, file, articleFrontMatterSchema, "markdown", problems, bodyDigest))
    .filter((item) => item !== null);

  findDuplicates(sections, (section) => section.slug, "section slug", problems);
  findDuplicates(authors, (author) => author.slug, "author slug", problems);
  findDuplicates(articles, (article) => article.slug, "article slug", problems);

  const sectionSlugs = new Set(sections.map(({ data }) => data.slug));
  const authorSlugs = new Set(authors.map(({ data }) => data.slug));
  for (const { file, data } of sections) {
    if (RESERVED_SECTION_SLUGS.has(data.slug)) {
      problems.push({ file, field: "slug", message: `"${data.slug}" is reserved for the site's own pages` });
    }
  }
  for (const { file, data } of authors) {
    if (!publicImageExists(data.photo.src)) problems.push({ file, field: "photo.src", message: `no such image: public${data.photo.src}` });
  }

  topics?.data.forEach((topic, i) => {
    if (topic.image && !publicImageExists(topic.image.src)) {
      problems.push({ file: topics.file, field: `${i}.image.src`, message: `no such image: public${topic.image.src}` });
    }
  });
  findDuplicates(topics ? topics.data.map((data) => ({ ...topics, data })) : [], (topic) => topic.slug, "topic slug", problems);
  problems.push(...tagSpellingProblems(articles.map(({ file, data }) => ({ file, tags: data.tags }))));

  const canonicalPaths = new Set(articles.map(({ data }) => `/${data.section}/${data.slug}`));
  const redirectOwners = new Map<string, string>();
  for (const { file, data, body } of articles) {
    if (RESERVED_ARTICLE_SLUGS.has(data.slug)) problems.push({ file, field: "slug", message: `"${data.slug}" is reserved` });
    if (!sectionSlugs.has(data.section)) problems.push({ file, field: "section", message: `unknown section "${data.section}"` });
    data.authors.forEach((author, i) => {
      if (!authorSlugs.has(author)) problems.push({ file, field: `authors.${i}`, message: `unknown author "${author}"` });
    });
    if (data.updatedAt && Date.parse(data.updatedAt) < Date.parse(data.publishedAt)) {
      problems.push({ file, field: "updatedAt", message: "is earlier than publishedAt" });
    }
    data.corrections.forEach((correction, i) => {
      const problem = correctionDateProblem(new Date(correction.at), new Date(data.publishedAt), now);
      if (problem) problems.push({ file, field: `corrections.${i}.at`, message: problem });
    });
    if (!publicImageExists(data.hero.src)) problems.push({ file, field: "hero.src", message: `no such image: public${data.hero.src}` });
    for (const src of body.images) {
      if (!publicImageExists(src)) problems.push({ file, field: "body", message: `no such image: public${src}` });
    }
    data.redirectFrom.forEach((from, i) => {
      const field = `redirectFrom.${i}`;
      if (canonicalPaths.has(from)) problems.push({ file, field, message: `"${from}" is the address of a live article` });
      else if (answeredBySite(from, sectionSlugs)) problems.push({ file, field, message: `"${from}" is an address the site itself answers` });
      const owner = redirectOwners.get(from);
      if (owner) problems.push({ file, field, message: `"${from}" already redirects to ${owner}` });
      redirectOwners.set(from, file);
    });
  }

  if (problems.length || !site) throw new ContentError(problems);
  return {
    root,
    site: site.data,
    moderation: moderation?.data ?? { heldWords: [] },
    support: support?.data ?? null,
    topics: topics?.data ?? [],
    sections: sections.map(({ data }) => data),
    authors,
    articles,
  };
}
