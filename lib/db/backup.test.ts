// A backup taken while comments keep arriving is a consistent snapshot, and restored it reads like the original.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupSqlite, BackupError, tableCounts } from "./backup";
import { createDatabase, migrateToLatest } from "./connection";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "meridian-backup-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Another thread posting comments as fast as it can, each with its audit entry in the same transaction. */
const WRITER = `
const SQLite = require(${JSON.stringify(require.resolve("better-sqlite3"))});
const { parentPort, workerData } = require("node:worker_threads");
const db = new SQLite(workerData.file);
db.pragma("busy_timeout = 5000");
const comment = db.prepare("INSERT INTO comments (article_slug, parent_id, author_name, email_hash, address_hash, body, status, is_staff, open_reports, created_at, updated_at) VALUES ('a-story', NULL, 'Ann', 'e', 'a', ?, 'approved', 0, 0, ?, ?)");
const event = db.prepare("INSERT INTO comment_events (comment_id, editor_id, action, created_at) VALUES (?, 1, 'approve', ?)");
const post = db.transaction((n) => { const at = new Date().toISOString(); const { lastInsertRowid } = comment.run("Comment " + n, at, at); event.run(lastInsertRowid, at); });
let n = 0, stop = false;
parentPort.on("message", () => { stop = true; });
(function burst() { for (let i = 0; i < 20; i++) post(++n); if (n % 200 === 0) parentPort.postMessage(n); if (!stop) setImmediate(burst); else { db.close(); parentPort.postMessage("done:" + n); } })();
`;

async function migratedDatabase(file: string) {
  const db = createDatabase(`file:${file}`);
  await migrateToLatest(db);
  await db
    .insertInto("editors")
    .values({
      email: "ed@example.org",
      name: "Ed",
      role: "editor",
      password_hash: "x",
      disabled_at: null,
      created_at: "2026-01-01T00:00:00Z",
    })
    .execute();
  await db.destroy();
}

describe("backupSqlite", () => {
  it("copies a database that is being written to: a consistent snapshot that restores and reads table by table", async () => {
    const live = path.join(dir, "meridian.sqlite");
    await migratedDatabase(live);
    const writer = new Worker(WRITER, { eval: true, workerData: { file: live } });
    const written = () => new Promise<string | number>((resolve) => writer.once("message", resolve));
    await written(); // comments are arriving

    const during = await backupSqlite(live, path.join(dir, "during.sqlite"));
    await written(); // and kept arriving after the copy
    writer.postMessage("stop");
    let last: string | number;
    do last = await written();
    while (!String(last).startsWith("done:"));
    const total = Number(String(last).slice(5));

    const comments = during.tables.find((table) => table.name === "comments")!.rows;
    expect(comments).toBeGreaterThan(0);
    expect(comments).toBeLessThan(total);
    // Consistent: every comment with its audit entry, none without, and no gap in the sequence.
    expect(during.tables.find((table) => table.name === "comment_events")!.rows).toBe(comments);

    // Restored into a data folder of its own, it opens, migrates (nothing to do) and reads like the source did.
    const restored = path.join(dir, "restored", "meridian.sqlite");
    mkdirSync(path.dirname(restored));
    copyFileSync(during.file, restored);
    const db = createDatabase(`file:${restored}`);
    await migrateToLatest(db);
    const bodies = await db.selectFrom("comments").select(["id", "body"]).orderBy("id").execute();
    expect(bodies.map((row) => row.body)).toEqual(Array.from({ length: comments }, (_, i) => `Comment ${i + 1}`));
    for (const { name, rows } of during.tables) {
      const all = await db
        .selectFrom(name as "comments")
        .selectAll()
        .execute();
      expect(all, name).toHaveLength(rows);
    }
    await db.destroy();

    // Once the writer stops, a second copy holds exactly what the source holds, table by table.
    const after = await backupSqlite(live, path.join(dir, "after.sqlite"));
    expect(after.tables).toEqual(tableCounts(live));
    expect(after.tables.find((table) => table.name === "comments")!.rows).toBe(total);
  });

  it("refuses to overwrite a file unless forced", async () => {
    const live = path.join(dir, "meridian.sqlite");
    await migratedDatabase(live);
    const target = path.join(dir, "existing.sqlite");
    writeFileSync(target, "keep me");
    await expect(backupSqlite(live, target)).rejects.toThrow(BackupError);
    const forced = await backupSqlite(live, target, { force: true });
    expect(forced.tables.find((table) => table.name === "editors")!.rows).toBe(1);
  });

  it("says so when there is no database to back up", async () => {
    await expect(backupSqlite(path.join(dir, "none.sqlite"), path.join(dir, "copy.sqlite"))).rejects.toThrow(
      /no database/,
    );
  });
});
