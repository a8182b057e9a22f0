// One Kysely connection per process: a SQLite file in the data folder by default, PostgreSQL when DATABASE_URL
// is a postgres:// URL. The schema is migrated to the latest version before the first query.
import { mkdirSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import { Pool } from "pg";
import { dataDir } from "../data-dir";
import { migrationProvider } from "./migrations";
import type { Database } from "./schema";

export function isPostgresUrl(url: string | undefined): boolean {
  return !!url && /^postgres(?:ql)?:\/\//.test(url);
}

export function createDatabase(databaseUrl = process.env.DATABASE_URL): Kysely<Database> {
  if (isPostgresUrl(databaseUrl)) {
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: databaseUrl!, max: 10 }) }) });
  }
  const file = databaseUrl?.startsWith("file:") ? databaseUrl.slice(5) : path.join(dataDir(), "meridian.sqlite");
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error) throw new Error(`Database migration ${failed?.migrationName ?? ""} failed: ${String(error)}`, { cause: error });
}

let ready: Promise<Kysely<Database>> | undefined;

/** The process's database, migrated. */
export function getDb(): Promise<Kysely<Database>> {
  ready ??= (async () => {
    const db = createDatabase();
    await migrateToLatest(db);
    return db;
  })().catch((error: unknown) => {
    ready = undefined; // let the next request try again rather than caching the failure
    throw error;
  });
  return ready;
}
