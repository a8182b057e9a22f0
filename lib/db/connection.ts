// One Kysely connection per process: a SQLite file in the data folder by default, PostgreSQL when DATABASE_URL
// is a postgres:// URL. The schema is migrated to the latest version before the first query.
import { mkdirSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect } from "kysely";
import { Pool } from "pg";
import { dataDir } from "../data-dir";
import { migrationProvider } from "./migrations";
import type { Database } from "./schema";
import { ImmediateTransactionsSqliteDialect } from "./sqlite-dialect";

export function isPostgresUrl(url: string | undefined): boolean {
  return !!url && /^postgres(?:ql)?:\/\//.test(url);
}

/** Timeouts so that a database that is down or stuck turns into a quick error (answered 503), never a hung request. */
export const POOL_SETTINGS = {
  max: 10,
  connectionTimeoutMillis: 5_000,
  idleTimeoutMillis: 30_000,
  statement_timeout: 10_000,
  query_timeout: 15_000,
} as const;

/** The SQLite database's file: `file:PATH` in DATABASE_URL, else meridian.sqlite in the data folder. */
export function sqliteFile(databaseUrl = process.env.DATABASE_URL): string {
  return databaseUrl?.startsWith("file:") ? databaseUrl.slice(5) : path.join(dataDir(), "meridian.sqlite");
}

function postgresPool(connectionString: string): Pool {
  const pool = new Pool({ connectionString, ...POOL_SETTINGS });
  // An idle client whose server went away (a restart, a failover) emits "error" on the pool; unheard, that is an
  // uncaught exception (fatal outside Next's server). The pool drops that client and connects afresh next time.
  pool.on("error", (error) => console.error(`PostgreSQL: idle connection lost (${error.message})`));
  return pool;
}

export function createDatabase(databaseUrl = process.env.DATABASE_URL): Kysely<Database> {
  if (isPostgresUrl(databaseUrl)) {
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool: postgresPool(databaseUrl!) }) });
  }
  const file = sqliteFile(databaseUrl);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: a comment acknowledged to its poster survives a power cut too, not only a crash of the process
  // (NORMAL in WAL mode can lose the last commits on power loss), as PostgreSQL's default does. It costs an fsync
  // per write (about 4 ms here); the site writes rarely: comments, reports, moderation, sign-in failures.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  return new Kysely<Database>({ dialect: new ImmediateTransactionsSqliteDialect({ database: sqlite }) });
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error)
    throw new Error(`Database migration ${failed?.migrationName ?? ""} failed: ${String(error)}`, { cause: error });
}

// Kept on globalThis: Next bundles instrumentation.ts apart from the routes, and both must see the one pool.
const shared = globalThis as typeof globalThis & { meridianDb?: Promise<Kysely<Database>> };

/** The process's database, migrated. */
export function getDb(): Promise<Kysely<Database>> {
  shared.meridianDb ??= (async () => {
    const db = createDatabase();
    try {
      await migrateToLatest(db);
    } catch (error) {
      await db.destroy().catch(() => undefined); // don't leave a pool behind for each failed attempt
      throw error;
    }
    return db;
  })().catch((error: unknown) => {
    shared.meridianDb = undefined; // let the next request try again rather than caching the failure
    throw error;
  });
  return shared.meridianDb;
}

/** Closes the process's database (the PostgreSQL pool, or the SQLite file) if it was opened; at shutdown. */
export async function closeDb(): Promise<void> {
  const opening = shared.meridianDb;
  shared.meridianDb = undefined;
  const db = await opening?.catch(() => undefined);
  await db?.destroy();
}
