// The content index: what every process keeps of a content folder (what listings and routing need; bodies are read
// when a page is rendered), made from validated content (lib/content/validate.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Correction } from "./corrections";
import { splitFrontMatter } from "./front-matter";
import type {
  ArticleFrontMatter, AuthorFrontMatter, ModerationSettings, Section, SiteSettings, SupportSettings, TopicSettings,
} from "./schema";
import { interner, NONE } from "./shared-values";
import { tagSlug } from "./tags";
import { validateContent, type ValidatedArticle, type ValidatedContent } from "./validate";

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

/** content/topics.yaml entries no article's tag leads to: worth a word from the content check, not a failed build. */
export function unusedTopics(content: Pick<ContentIndex, "topics" | "articles">): string[] {
  const used = new Set(content.articles.flatMap((article) => article.tags.map(tagSlug)));
  return [...content.topics.keys()].filter((slug) => !used.has(slug));
}

/** Reads, validates and indexes a content folder. `now`, given by the content check, also refuses what may not be
 * dated in the future (corrections). */
export function loadContent(contentDir: string, options: { now?: Date } = {}): ContentIndex {
  return indexContent(validateContent(contentDir, options));
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
