// An online, consistent copy of the SQLite database through SQLite's backup API, taken while the site keeps serving
// and taking comments, and a summary of what the copy holds.
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import SQLite from "better-sqlite3";

export type BackupSummary = { file: string; bytes: number; tables: { name: string; rows: number }[] };

export class BackupError extends Error {}

/** Every table of an SQLite file with its row count (SQLite's own tables left out). */
export function tableCounts(file: string): { name: string; rows: number }[] {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    return names.map((name) => ({
      name,
      rows: Number(
        db
          .prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`)
          .pluck()
          .get(),
      ),
    }));
  } finally {
    db.close();
  }
}

export async function backupSqlite(source: string, target: string, { force = false } = {}): Promise<BackupSummary> {
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source} to back up.`);
  if (existsSync(target) && !force) throw new BackupError(`${target} exists already; pass --force to overwrite it.`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new SQLite(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    // After the first step, copy the rest in one step: a snapshot that writers cannot restart again and again.
    await db.backup(partial, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  const check = new SQLite(partial, { readonly: true });
  const integrity = check.pragma("integrity_check", { simple: true });
  check.close();
  if (integrity !== "ok") throw new BackupError(`The copy failed SQLite's integrity check: ${String(integrity)}`);
  // Renamed into place only when complete, so FILE is never a half-written backup.
  renameSync(partial, target);
  return { file: target, bytes: statSync(target).size, tables: tableCounts(target) };
}
