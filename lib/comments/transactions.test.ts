// Writes that belong together are one transaction: a failing second statement leaves nothing written.
// SQLite only: the failure is injected with an SQLite trigger on the audit log.
import { sql, type Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addEditor } from "../auth/editors";
import { createDatabase, migrateToLatest } from "../db/connection";
import type { Database } from "../db/schema";
import { decide, replyAsNewsroom } from "./moderation";
import { readerComment } from "./reader-comment.fixture";
import { insertComment } from "./store";

const now = new Date("2026-11-28T10:00:00Z");
let db: Kysely<Database>;
let editor: { id: number; name: string };

beforeEach(async () => {
  db = createDatabase("file::memory:");
  await migrateToLatest(db);
  editor = await addEditor(
    db,
    { email: "ed@example.org", name: "Ed", role: "editor", password: "long enough password" },
    now,
  );
});
afterEach(() => db.destroy());

/** The audit log refuses entries for this comment id (or every entry), as a full disk or a bug would. */
const breakAuditLog = (commentId?: number) =>
  sql
    .raw(
      `CREATE TRIGGER audit_down BEFORE INSERT ON comment_events ${commentId ? `WHEN NEW.comment_id = ${commentId}` : ""}
    BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END`,
    )
    .execute(db);
const count = async (table: "comments" | "comment_events") =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("transactions", () => {
  it("a newsroom reply whose audit entry fails is not published", async () => {
    const parent = await insertComment(db, { ...readerComment("A question"), status: "approved" }, now);
    await breakAuditLog();
    await expect(replyAsNewsroom(db, parent.id, editor, "Our answer", "The Post", now)).rejects.toThrow(
      /audit log unavailable/,
    );
    expect(await count("comments")).toBe(1);
    expect(await count("comment_events")).toBe(0);
  });

  it("a decision on many comments is all or nothing: a failure on the second undoes the first", async () => {
    const first = await insertComment(db, readerComment("First"), now);
    const second = await insertComment(db, readerComment("Second"), now);
    await breakAuditLog(second.id);
    await expect(decide(db, [first.id, second.id], "approve", editor.id, now)).rejects.toThrow(/audit log unavailable/);
    const statuses = await db.selectFrom("comments").select("status").execute();
    expect(statuses.map((row) => row.status)).toEqual(["pending", "pending"]);
    expect(await count("comment_events")).toBe(0);
  });

  it("without a failure, the reply and its audit entry are both written", async () => {
    const parent = await insertComment(db, { ...readerComment("A question"), status: "approved" }, now);
    const reply = await replyAsNewsroom(db, parent.id, editor, "Our answer", "The Post", now);
    expect(reply).toMatchObject({ parentId: parent.id, isStaff: true, status: "approved" });
    expect(await count("comment_events")).toBe(1);
  });
});
