// The test server's own database (the SQLite file in DATA_DIR, or DATABASE_URL's PostgreSQL), opened from the tests
// to check what was stored without going through the page under test, or to set up a state directly when the steps
// that lead to it are another test's journey (e.g. three readers' reports before an editor's decision).
import path from "node:path";
import type { Kysely } from "kysely";
import { createDatabase, migrateToLatest } from "../../lib/db/connection";
import type { Database } from "../../lib/db/schema";
import { keyedHash } from "../../lib/security/signing";
import { E2E_ENV } from "../../playwright.config";

let db: Promise<Kysely<Database>> | undefined;

/** Migrated on first use, as the server does: a test may ask before the server has touched a fresh database. */
function database(): Promise<Kysely<Database>> {
  db ??= (async () => {
    const connection = createDatabase(
      process.env.DATABASE_URL ?? `file:${path.resolve(E2E_ENV.DATA_DIR, "meridian.sqlite")}`,
    );
    await migrateToLatest(connection);
    return connection;
  })();
  return db;
}

/** Runs `work` on the server's database. */
export async function withDatabase<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  return work(await database());
}

/** Records reports of a comment from made-up readers, as three reports from three addresses would. */
export async function addReports(commentId: number, reasons: string[]) {
  await withDatabase(async (db) => {
    const at = new Date().toISOString();
    for (const [i, reason] of reasons.entries()) {
      await db
        .insertInto("comment_reports")
        .values({ comment_id: commentId, reason, reporter_hash: `e2e-${commentId}-${i}`, created_at: at })
        .execute();
    }
    await db
      .updateTable("comments")
      .set((eb) => ({ open_reports: eb("open_reports", "+", reasons.length) }))
      .where("id", "=", commentId)
      .execute();
  });
}

type NewComment = {
  body: string;
  status?: "approved" | "pending";
  /** A reply goes on its parent's article. */
  parentId?: number;
  articleSlug?: string;
  /** Written as the newsroom (the desk's reply form has its own journey). */
  staff?: boolean;
  /** The commenter's email, recorded as the site records it (keyed hash), so the site recognises them. */
  email?: string;
};

/**
 * The one way tests write a comment straight into the database: a reader's (approved unless said) or the newsroom's
 * reply. Its article page shows it from its next refresh; its reply page (rendered per request) at once.
 */
export async function addComment({
  body,
  status = "approved",
  parentId,
  articleSlug,
  staff = false,
  email,
}: NewComment) {
  return withDatabase(async (db) => {
    const at = new Date().toISOString();
    const slug =
      parentId === undefined
        ? articleSlug
        : (await db.selectFrom("comments").select("article_slug").where("id", "=", parentId).executeTakeFirstOrThrow())
            .article_slug;
    if (!slug) throw new Error("addComment needs an articleSlug or a parentId");
    const row = await db
      .insertInto("comments")
      .values({
        article_slug: slug,
        parent_id: parentId ?? null,
        author_name: staff ? "Desk, The Meridian Post" : "A reader",
        email_hash: staff
          ? "staff:e2e"
          : email
            ? keyedHash("comment-email", email.toLowerCase(), E2E_ENV.NEXTAUTH_SECRET)
            : "e2e",
        address_hash: staff ? "staff:e2e" : "e2e",
        body,
        status,
        is_staff: staff ? 1 : 0,
        open_reports: 0,
        created_at: at,
        updated_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return Number(row.id);
  });
}

/** Every comment whose name or body contains the tag, whatever its state. */
export async function commentsTagged(
  tag: string,
): Promise<{ id: number; status: string; body: string; authorName: string; parentId: number | null }[]> {
  const rows = await (
    await database()
  )
    .selectFrom("comments")
    .select(["id", "status", "body", "author_name", "parent_id"])
    .where((eb) => eb.or([eb("body", "like", `%${tag}%`), eb("author_name", "like", `%${tag}%`)]))
    .execute();
  return rows.map((row) => ({
    id: Number(row.id),
    status: row.status,
    body: row.body,
    authorName: row.author_name,
    parentId: row.parent_id === null ? null : Number(row.parent_id),
  }));
}

/** Reports recorded against one comment, as the desk shows them ("reason: details"). */
export async function reportsOn(commentId: number): Promise<string[]> {
  const rows = await (
    await database()
  )
    .selectFrom("comment_reports")
    .select("reason")
    .where("comment_id", "=", commentId)
    .execute();
  return rows.map((row) => row.reason);
}

/** Removes a test's own comments that no reader can see (pending), so the desk's queue stays short for other tests. */
export async function deletePendingTagged(tag: string): Promise<void> {
  const ids = (await commentsTagged(tag)).filter((row) => row.status === "pending").map((row) => row.id);
  if (ids.length) await (await database()).deleteFrom("comments").where("id", "in", ids).execute();
}

/** Whether an editor account is disabled, read straight from the table. */
export async function editorDisabled(email: string): Promise<boolean> {
  const row = await (
    await database()
  )
    .selectFrom("editors")
    .select("disabled_at")
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  return row.disabled_at !== null;
}
