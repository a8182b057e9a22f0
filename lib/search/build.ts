// Writes the search index: every article that is or may become public (drafts never), with its publication and
// withdrawal instants, so that queries decide what is public at their own `now` and the file needs no rebuild when a
// scheduled article comes due or a withdrawal takes effect.
import { renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { readArticleBody, type ContentIndex } from "../content/load";
import { foldWord } from "./query";
import { markdownToText } from "./text";

/** Bumped when the schema changes; an index of another version is rebuilt rather than misread. */
export const INDEX_VERSION = "3";

const SCHEMA = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE article (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    section TEXT NOT NULL,
    published_at INTEGER NOT NULL,
    withdrawn_at INTEGER
  );
  CREATE INDEX article_published_at ON article (published_at);
  CREATE INDEX article_withdrawn_at ON article (withdrawn_at);
  -- Every word as written (folded, not stemmed) and how often: what a reader's prefix (militar*) may be completing.
  CREATE TABLE word (term TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
  -- Column order matters: search.ts weighs them in this order (bm25) and takes snippets from standfirst and body.
  CREATE VIRTUAL TABLE article_text USING fts5(
    title, standfirst, body, tags, section, authors,
    tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3'
  );
`;

/** Fills an empty database with the index of `content`. Returns how many articles it holds. */
export function fillSearchIndex(db: Database.Database, content: ContentIndex): number {
  db.exec(SCHEMA);
  const sectionNames = new Map(content.sections.map((section) => [section.slug, section.name]));
  const authorNames = new Map(content.authors.map((author) => [author.slug, author.name]));
  const insertArticle = db.prepare(
    "INSERT INTO article (id, slug, section, published_at, withdrawn_at) VALUES (?, ?, ?, ?, ?)",
  );
  const insertText = db.prepare(
    "INSERT INTO article_text (rowid, title, standfirst, body, tags, section, authors) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  // Newest first, so that ids order by recency and ranking can break ties on the id alone (search.ts).
  const articles = content.articles
    .filter((article) => article.status === "published")
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  const counts = new Map<string, number>();
  db.transaction(() => {
    articles.forEach((article, i) => {
      const id = i + 1;
      const columns = [
        article.title,
        article.standfirst,
        markdownToText(readArticleBody(content.root, article)),
        article.tags.join(" "),
        `${sectionNames.get(article.section) ?? ""} ${article.section}`,
        article.authors.map((slug) => authorNames.get(slug) ?? slug).join(" "),
      ];
      insertArticle.run(
        id,
        article.slug,
        article.section,
        article.publishedAt.getTime(),
        article.retracted?.at.getTime() ?? null,
      );
      insertText.run(id, ...columns);
      for (const word of columns.join(" ").match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) {
        const folded = foldWord(word);
        counts.set(folded, (counts.get(folded) ?? 0) + 1);
      }
    });
    const insertWord = db.prepare("INSERT INTO word (term, count) VALUES (?, ?)");
    for (const [term, count] of counts) insertWord.run(term, count);
    const meta = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
    meta.run("version", INDEX_VERSION);
    meta.run("articles", String(articles.length));
  })();
  db.exec("INSERT INTO article_text (article_text) VALUES ('optimize')");
  return articles.length;
}

/**
 * Writes the index to `file` in one step: built beside it, then renamed over it, so a server reading the old file
 * never sees a half-written one.
 */
export function writeSearchIndex(file: string, content: ContentIndex): number {
  const temporary = `${file}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  const db = new Database(temporary);
  try {
    // A plain rollback journal, not WAL: readers open the finished file read-only and need no -shm beside it.
    db.pragma("journal_mode = DELETE");
    const count = fillSearchIndex(db, content);
    db.close();
    renameSync(temporary, file);
    return count;
  } catch (error) {
    if (db.open) db.close();
    rmSync(temporary, { force: true });
    throw error;
  }
}
