// The desk's queue while other editors decide: a comment deleted between reading the list and reading the comment.
import type { Kysely } from "kysely";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { createDatabase, migrateToLatest } from "../db/connection";
import type { Database } from "../db/schema";
import { queue } from "./moderation";
import { readerComment } from "./reader-comment.fixture";
import { findComment, insertComment } from "./store";

vi.mock("./store", async (importOriginal) => {
  const store = await importOriginal<typeof import("./store")>();
  return { ...store, findComment: vi.fn(store.findComment) };
});

let db: Kysely<Database>;
beforeEach(async () => {
  db = createDatabase(process.env.TEST_DATABASE_URL ?? "file::memory:");
  await migrateToLatest(db);
  for (const table of ["comment_events", "comment_reports", "comments"] as const) await db.deleteFrom(table).execute();
});
afterEach(() => db.destroy());

const pending = (body: string) => insertComment(db, readerComment(body), new Date("2026-11-28T10:00:00Z"));

it("leaves out a comment another editor deletes while the queue is read, and shows the rest", async () => {
  const kept = await pending("Kept");
  const deleted = await pending("Deleted meanwhile");
  const read = vi.mocked(findComment).getMockImplementation()!;
  vi.mocked(findComment).mockImplementation(async (database, id) => {
    if (id === deleted.id) await database.deleteFrom("comments").where("id", "=", id).execute();
    return read(database, id);
  });
  expect((await queue(db, "pending")).map((comment) => comment.body)).toEqual([kept.body]);
});
