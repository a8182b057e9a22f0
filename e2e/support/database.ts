// The test server's own database, opened from the tests to set up a state directly when the steps that lead to it
// are another test's journey (e.g. three readers' reports before an editor's decision).
import path from "node:path";
import type { Kysely } from "kysely";
import { createDatabase } from "../../lib/db/connection";
import type { Database } from "../../lib/db/schema";
import { E2E_ENV } from "../../playwright.config";

/** Runs `work` on the server's database (PostgreSQL when DATABASE_URL says so, else its SQLite file), then closes it. */
export async function withDatabase<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const db = createDatabase(process.env.DATABASE_URL ?? `file:${path.resolve(E2E_ENV.DATA_DIR, "meridian.sqlite")}`);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Records reports of a comment from made-up readers, as three reports from three addresses would. */
export async function addReports(commentId: number, reasons: string[]) {
  await withDatabase(async (db) => {
    const at = new Date().toISOString();
    for (const [i, reason] of reasons.entries()) {
      await db.insertInto("comment_reports").values({ comment_id: commentId, reason, reporter_hash: `e2e-${commentId}-${i}`, created_at: at }).execute();
    }
    await db.updateTable("comments").set((eb) => ({ open_reports: eb("open_reports", "+", reasons.length) })).where("id", "=", commentId).execute();
  });
}

/** A reader's comment, approved, written straight into the database; its article page shows it from its next refresh. */
export async function addApprovedComment(articleSlug: string, body: string) {
  return withDatabase(async (db) => {
    const at = new Date().toISOString();
    const row = await db.insertInto("comments").values({
      article_slug: articleSlug, parent_id: null, author_name: "A reader", email_hash: "e2e", address_hash: "e2e", body,
      status: "approved", is_staff: 0, open_reports: 0, created_at: at, updated_at: at,
    }).returning("id").executeTakeFirstOrThrow();
    return Number(row.id);
  });
}

/** A reply as the newsroom, written straight into the database (the desk's reply form has its own journey). */
export async function addNewsroomReply(parentId: number, body: string) {
  return withDatabase(async (db) => {
    const at = new Date().toISOString();
    const row = await db.insertInto("comments").values({
      article_slug: (await db.selectFrom("comments").select("article_slug").where("id", "=", parentId).executeTakeFirstOrThrow()).article_slug,
      parent_id: parentId, author_name: "Desk, The Meridian Post", email_hash: "staff:e2e", address_hash: "staff:e2e", body,
      status: "approved", is_staff: 1, open_reports: 0, created_at: at, updated_at: at,
    }).returning("id").executeTakeFirstOrThrow();
    return Number(row.id);
  });
}
