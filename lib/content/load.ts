// Reads every file under a content folder, validates it and cross-checks the whole, collecting every problem.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { correctionDateProblem, type Correction } from "./corrections";
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
import { tagSlug, tagSpellingProblems } from "./tags";

export type Article = Omit<ArticleFrontMatter, "publishedAt" | "updatedAt" | "retracted" | "corrections"> & {
  publishedAt: Date;
  updatedAt?: Date;
  retracted?: { at: Date; notice: string };
  /** Oldest first. Which a reader sees depends on the time (lib/content/corrections.ts). */
  corrections: Correction[];
  /** Canonical path, "/asia/some-slug". */
  path: string;
  file: string;
  /** The images the body shows; the body itself is read from `file` when its page is rendered (`readArticleBody`). */
  bodyImages: string[];
  readingMinutes: number;
};

export type Author = AuthorFrontMatter & { path: string; file: string; bioMarkdown: string };

export type ContentIndex = {
  /** The content folder it was read from: article bodies are read from there when needed (`readArticleBody`). */
  root: string;
  site: SiteSettings;
  moderation: ModerationSettings;
  /** The reader-support appeal, or null when the site has none. */
  support: SupportSettings | null;
  /** In menu order. */
  sections: Section[];
  /** content/topics.yaml: title, description and image for some topics, by topic slug. */
  topics: Map<string, TopicSettings>;
  authors: Author[];
  /** Every article, drafts and scheduled included, newest first. Visibility is decided by the caller with `now`. */
  articles: Article[];
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

/** Shared by every article that has none (most): an empty list each would cost 100,000 objects. Frozen, so that
 * nothing can add to every article's list at once. */
const NONE = Object.freeze([]) as unknown as never[];

/** One copy of each value many articles repeat (section, authors, tags, lead-image words), not one per article. */
function interner(): (value: string) => string {
  const pool = new Map<string, string>();
  return (value) => {
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  };
}

/** Every local image an article shows: its lead image and those in its body. */
export function articleImages(article: { hero: { src: string }; bodyImages: string[] }): string[] {
  return [article.hero.src, ...article.bodyImages];
}

/**
 * An article's Markdown body, read from its file: the index keeps only what listings and routing need, so a process's
 * memory does not grow with the archive's words. `root` is the content folder the index was loaded from.
 */
export function readArticleBody(root: string, article: Pick<Article, "file">): string {
  return splitFrontMatter(readFileSync(path.join(path.dirname(root), article.file), "utf8")).body;
}

/** Old addresses are looked up only when no route answers (app/(internal)/moved), so one a route owns would never move. */
function answeredBySite(path: string, sectionSlugs: Set<string>): boolean {
  const withoutExtension = (segment: string) => segment.replace(/\.[a-z]+$/, "");
  const [first = "", second] = path.split("/").filter(Boolean);
  if (RESERVED_SECTION_SLUGS.has(withoutExtension(first))) return true;
  if (!sectionSlugs.has(first)) return false;
  return second === undefined || RESERVED_ARTICLE_SLUGS.has(withoutExtension(second));
}

/** content/topics.yaml entries no article's tag leads to: worth a word from the content check, not a failed build. */
export function unusedTopics(content: Pick<ContentIndex, "topics" | "articles">): string[] {
  const used = new Set(content.articles.flatMap((article) => article.tags.map(tagSlug)));
  return [...content.topics.keys()].filter((slug) => !used.has(slug));
}

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

/** Reads, validates and indexes a content folder. `now`, given by the content check, also refuses what may not be
 * dated in the future (corrections). */
export function loadContent(contentDir: string, options: { now?: Date } = {}): ContentIndex {
  return indexContent(validateContent(contentDir, options));
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

/** The index of validated content: `articles` may be any iterable (the compiled index streams them in). */
export function indexContent(content: Omit<ValidatedContent, "articles"> & { articles: Iterable<ValidatedArticle> }): ContentIndex {
  const toArticle = articleMaker();
  return {
    root: content.root,
    site: content.site,
    moderation: content.moderation,
    support: content.support,
    topics: new Map(content.topics.map((topic) => [topic.slug, topic])),
    sections: [...content.sections].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)),
    authors: content.authors.map(({ file, data, body }) => ({ ...data, file, bioMarkdown: body.trim(), path: `/authors/${data.slug}` })),
    articles: Array.from(content.articles, toArticle).sort(
      (a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug),
    ),
  };
}

/** Makes index entries: every field named in one literal, in one order (a spread gave each article a hidden class
 * of its own, about 500 bytes), values many articles repeat kept once. */
function articleMaker(): (validated: ValidatedArticle) => Article {
  const shared = interner();
  return ({ file, data, body }) => ({
    title: data.title,
    slug: data.slug,
    section: shared(data.section),
    authors: data.authors.map(shared),
    standfirst: data.standfirst,
    publishedAt: new Date(data.publishedAt),
    updatedAt: data.updatedAt ? new Date(data.updatedAt) : undefined,
    status: shared(data.status) as Article["status"],
    type: shared(data.type) as Article["type"],
    tags: data.tags.length ? data.tags.map(shared) : NONE,
    featured: data.featured,
    retracted: data.retracted ? { at: new Date(data.retracted.at), notice: data.retracted.notice } : undefined,
    corrections: data.corrections.length
      ? data.corrections
          .map((correction) => ({ at: new Date(correction.at), text: correction.text }))
          .sort((a, b) => a.at.getTime() - b.at.getTime())
      : NONE,
    sensitive: data.sensitive,
    sponsored: data.sponsored,
    hero: {
      src: shared(data.hero.src),
      alt: shared(data.hero.alt),
      caption: data.hero.caption === undefined ? undefined : shared(data.hero.caption),
      credit: data.hero.credit === undefined ? undefined : shared(data.hero.credit),
    },
    comments: shared(data.comments) as Article["comments"],
    redirectFrom: data.redirectFrom.length ? data.redirectFrom : NONE,
    path: `/${data.section}/${data.slug}`,
    file,
    bodyImages: body.images,
    readingMinutes: body.minutes,
  });
}
