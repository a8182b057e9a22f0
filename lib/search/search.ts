// Runs a reader's search over the index: only articles public at `now` (published, due and not withdrawn), headline
// matches first, then by bm25 over the weighted columns, ties to the newest; 20 to a page, with highlighted snippets.
import type Database from "better-sqlite3";
import { parseQuery } from "./query";
import { hasMark, MARK_END, MARK_START, snippetHtml } from "./snippet";

export type SearchFilters = {
  /** A section's slug. */
  section?: string;
  /** Published at or after. */
  from?: Date;
  /** Published before. */
  until?: Date;
};

export type SearchRequest = { query: string; filters?: SearchFilters; page?: number; pageSize?: number; now: Date };

export type SearchHit = { slug: string; publishedAt: Date; snippetHtml: string };

export type SearchResults = { total: number; hits: SearchHit[] };

/** Weights of title, standfirst, body, tags, section and authors (build.ts's column order). */
const WEIGHTS = "10.0, 4.0, 1.0, 3.0, 2.0, 2.0";
const SNIPPET_TOKENS = 28;

// Not public at :now (scheduled, or withdrawn): few, found through their indexes, and left out of every match.
const PUBLIC = `rowid NOT IN (SELECT id FROM article WHERE published_at > :now OR withdrawn_at <= :now)`;
// The reader's filters, when there are any: the articles in them, found on the small table, not per match.
const FILTERED = `(:filtered = 0 OR rowid IN (SELECT id FROM article WHERE (:section IS NULL OR section = :section)
  AND (:from IS NULL OR published_at >= :from) AND (:until IS NULL OR published_at < :until)))`;

const TITLE_FIRST = "rowid IN (SELECT rowid FROM article_text WHERE article_text MATCH :titleMatch) DESC";

const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

/** Whole words a prefix may complete, the most frequent first: enough for any reader's intent. */
const MAX_EXPANSIONS = 24;

function prepare(db: Database.Database) {
  return {
    words: db.prepare(
      "SELECT term FROM word WHERE term >= :prefix AND term < :prefix || char(1114111) ORDER BY count DESC LIMIT :limit",
    ),
    count: db.prepare(`
      SELECT count(*) AS total FROM article_text WHERE article_text MATCH :match AND ${PUBLIC} AND ${FILTERED}`),
    // Ids run newest first (build.ts), so the last key puts the newest first among equals.
    page: db.prepare(`
      SELECT rowid AS id FROM article_text WHERE article_text MATCH :match AND ${PUBLIC} AND ${FILTERED}
      ORDER BY ${TITLE_FIRST}, bm25(article_text, ${WEIGHTS}), rowid
      LIMIT :limit OFFSET :offset`),
    // Only common words ("the"): bm25 gives them next to no weight, so it would sort every article for nothing.
    pageByRecency: db.prepare(`
      SELECT rowid AS id FROM article_text WHERE article_text MATCH :match AND ${PUBLIC} AND ${FILTERED}
      ORDER BY ${TITLE_FIRST}, rowid
      LIMIT :limit OFFSET :offset`),
    // Snippets only for the page's rows: computing them for every match before sorting would cost the whole set.
    snippets: db.prepare(`
      SELECT a.id, a.slug, a.published_at AS publishedAt,
        snippet(article_text, 2, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS}) AS body,
        snippet(article_text, 1, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS}) AS standfirst
      FROM article_text JOIN article a ON a.id = article_text.rowid
      WHERE article_text MATCH :match AND article_text.rowid IN (SELECT value FROM json_each(:ids))`),
  };
}

function isSyntaxError(error: unknown): boolean {
  return error instanceof Error && /fts5|syntax error|unterminated|no such column/i.test(error.message);
}

function statementsFor(db: Database.Database) {
  const statement = statements.get(db) ?? prepare(db);
  statements.set(db, statement);
  return statement;
}

function run(db: Database.Database, match: string, common: boolean, request: SearchRequest): SearchResults {
  const statement = statementsFor(db);
  const pageSize = request.pageSize ?? 20;
  const page = request.page ?? 1;
  const filters = request.filters ?? {};
  const params = {
    match,
    now: request.now.getTime(),
    filtered: filters.section || filters.from || filters.until ? 1 : 0,
    section: filters.section ?? null,
    from: filters.from?.getTime() ?? null,
    until: filters.until?.getTime() ?? null,
  };
  const { total } = statement.count.get(params) as { total: number };
  if (total === 0) return { total, hits: [] };
  const ids = (common ? statement.pageByRecency : statement.page)
    .pluck()
    .all({ ...params, titleMatch: `title : (${match})`, limit: pageSize, offset: (page - 1) * pageSize }) as number[];
  type Row = { id: number; slug: string; publishedAt: number; body: string; standfirst: string };
  const rows = new Map(
    (statement.snippets.all({ match, ids: JSON.stringify(ids) }) as Row[]).map((row) => [row.id, row]),
  );
  return {
    total,
    hits: ids.flatMap((id) => {
      const row = rows.get(id);
      if (!row) return [];
      const snippet = hasMark(row.body) ? row.body : row.standfirst;
      return [{ slug: row.slug, publishedAt: new Date(row.publishedAt), snippetHtml: snippetHtml(snippet) }];
    }),
  };
}

/** The reader's query over the index; nothing searchable gives no results, and FTS syntax errors never escape. */
export function searchArticles(db: Database.Database, request: SearchRequest): SearchResults {
  const statement = statementsFor(db);
  const expand = (prefix: string) => statement.words.pluck().all({ prefix, limit: MAX_EXPANSIONS }) as string[];
  const { match, common, fallback } = parseQuery(request.query, expand);
  if (!match || !fallback) return { total: 0, hits: [] };
  try {
    return run(db, match, common, request);
  } catch (error) {
    if (!isSyntaxError(error)) throw error;
    // Quoting should leave nothing FTS5 can refuse; if it still does, the words alone are searched as text.
    return run(db, fallback, common, request);
  }
}
