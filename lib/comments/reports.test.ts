import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addEditor } from "../auth/editors";
import { createDatabase, migrateToLatest } from "../db/connection";
import type { Database } from "../db/schema";
import { decide, queue, replyAsNewsroom, stateCounts } from "./moderation";
import { readerComment } from "./reader-comment.fixture";
import { LIMITS } from "./rules";
import { findComment, insertComment, reportComment, visibleCount, type StoredComment } from "./store";

const start = new Date("2026-11-28T10:00:00Z");
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);

let db: Kysely<Database>;
let editor: { id: number; name: string };
beforeEach(async () => {
  db = createDatabase(process.env.TEST_DATABASE_URL ?? "file::memory:");
  await migrateToLatest(db);
  for (const table of ["comment_events", "comment_reports", "comments", "editors"] as const)
    await db.deleteFrom(table).execute();
  editor = await addEditor(
    db,
    { email: "desk@x.org", name: "Desk", role: "editor", password: "long enough password" },
    start,
  );
});
afterEach(() => db.destroy());

let counter = 0;
const approved = (at = start) => insertComment(db, readerComment(`Words ${++counter}`, { status: "approved" }), at);
const report = (comment: StoredComment, reporter: string, at = start) =>
  reportComment(db, comment.id, "Off topic", reporter, at);
const hidden = async (comment: StoredComment) => (await findComment(db, comment.id))!.hiddenByReports;

describe("reports", () => {
  it("hide a comment at three readers, until an editor decides", async () => {
    const comment = await approved();
    expect(await report(comment, "r1")).toBe("reported");
    expect(await report(comment, "r1")).toBe("already-reported");
    expect(await report(comment, "r2")).toBe("reported");
    expect(await hidden(comment)).toBe(false);
    expect(await report(comment, "r3")).toBe("reported");
    expect(await hidden(comment)).toBe(true);
    expect(await visibleCount(db, "a-story")).toBe(0);
    expect((await queue(db, "reported"))[0]!.reports).toHaveLength(3);
    await decide(db, [comment.id], "approve", editor.id, minutes(5));
    expect(await hidden(comment)).toBe(false);
    expect(await visibleCount(db, "a-story")).toBe(1);
    expect(await stateCounts(db)).toMatchObject({ reported: 0, approved: 1 });
  });

  it("once settled by an editor, never count again: the same readers cannot re-hide an approved comment", async () => {
    const comment = await approved();
    for (const reader of ["r1", "r2", "r3"]) await report(comment, reader);
    await decide(db, [comment.id], "approve", editor.id, minutes(5));
    for (const reader of ["r1", "r2", "r3"])
      expect(await report(comment, reader, minutes(120))).toBe("already-reported");
    expect(await hidden(comment)).toBe(false);
    expect(await stateCounts(db)).toMatchObject({ reported: 0 });

    // New readers after the decision count from zero; the settled reports are not shown to the desk again.
    expect(await report(comment, "r4", minutes(121))).toBe("reported");
    expect(await report(comment, "r5", minutes(121))).toBe("reported");
    expect(await hidden(comment)).toBe(false);
    expect((await queue(db, "reported"))[0]!.reports).toHaveLength(2);
    expect(await report(comment, "r6", minutes(122))).toBe("reported");
    expect(await hidden(comment)).toBe(true);
  });

  it("a report made before the decision is settled by it, even by a reader who had not reached the limit", async () => {
    const comment = await approved();
    await report(comment, "r1");
    await decide(db, [comment.id], "approve", editor.id, minutes(1));
    for (const reader of ["r1", "r2", "r3"]) await report(comment, reader, minutes(2));
    expect(await hidden(comment)).toBe(false);
    expect((await findComment(db, comment.id))!.openReports).toBe(2);
  });

  it("never hide the newsroom's own reply, though the desk still sees the reports", async () => {
    const parent = await approved();
    const reply = (await replyAsNewsroom(db, parent.id, editor, "Our answer", "The Paper", start))!;
    for (const reader of ["r1", "r2", "r3", "r4"]) expect(await report(reply, reader)).toBe("reported");
    expect(await hidden(reply)).toBe(false);
    expect(await visibleCount(db, "a-story")).toBe(2);
    const reported = await queue(db, "reported");
    expect(reported.map((comment) => [comment.id, comment.reports.length])).toEqual([[reply.id, 4]]);
  });

  it("are limited per address: 10 an hour, counted in the database", async () => {
    const comments = await Promise.all(Array.from({ length: LIMITS.reportsPerHour + 2 }, () => approved()));
    for (let i = 0; i < LIMITS.reportsPerHour; i++)
      expect(await report(comments[i]!, "busy", minutes(i))).toBe("reported");
    expect(await report(comments[LIMITS.reportsPerHour]!, "busy", minutes(30))).toBe("rate-limited");
    expect(await report(comments[LIMITS.reportsPerHour]!, "someone else", minutes(30))).toBe("reported");
    // An hour after the first report, one more is allowed; a refused report was never recorded.
    expect(await report(comments[LIMITS.reportsPerHour]!, "busy", minutes(60))).toBe("reported");
    expect(await report(comments[LIMITS.reportsPerHour + 1]!, "busy", minutes(60))).toBe("rate-limited");
    expect((await findComment(db, comments[LIMITS.reportsPerHour]!.id))!.openReports).toBe(2);
  });

  it("name no comment for ids outside what the database holds", async () => {
    for (const id of [Number.NaN, 0, -1, 1.5, 1e21, 2 ** 31]) expect(await findComment(db, id)).toBeUndefined();
  });
});
