// Reads the comments table the server writes (the SQLite file in DATA_DIR, or DATABASE_URL's PostgreSQL), so a test
// can check what was stored without going through the page it is testing.
import type { Kysely } from "kysely";
import { createDatabase, migrateToLatest } from "../../lib/db/connection";
import type { Database } from "../../lib/db/schema";

let db: Promise<Kysely<Database>> | undefined;

/** Migrated on first use, as the server does: a test may ask before the server has touched a fresh database. */
function database(): Promise<Kysely<Database>> {
  db ??= (async () => {
    const connection = createDatabase();
    await migrateToLatest(connection);
    return connection;
  })();
  return db;
}

/** Every comment whose name or body contains the tag, whatever its state. */
export async function commentsTagged(tag: string): Promise<{ id: number; status: string; body: string; authorName: string; parentId: number | null }[]> {
  const rows = await (await database())
    .selectFrom("comments")
    .select(["id", "status", "body", "author_name", "parent_id"])
    .where((eb) => eb.or([eb("body", "like", `%${tag}%`), eb("author_name", "like", `%${tag}%`)]))
    .execute();
  return rows.map((row) => ({ id: Number(row.id), status: row.status, body: row.body, authorName: row.author_name, parentId: row.parent_id === null ? null : Number(row.parent_id) }));
}

/** Reports recorded against one comment, as the desk shows them ("reason: details"). */
export async function reportsOn(commentId: number): Promise<string[]> {
  const rows = await (await database()).selectFrom("comment_reports").select("reason").where("comment_id", "=", commentId).execute();
  return rows.map((row) => row.reason);
}

/** Removes a test's own comments that no reader can see (pending), so the desk's queue stays short for other tests. */
export async function deletePendingTagged(tag: string): Promise<void> {
  const ids = (await commentsTagged(tag)).filter((row) => row.status === "pending").map((row) => row.id);
  if (ids.length) await (await database()).deleteFrom("comments").where("id", "in", ids).execute();
}

/** Whether an editor account is disabled, read straight from the table. */
export async function editorDisabled(email: string): Promise<boolean> {
  const row = await (await database()).selectFrom("editors").select("disabled_at").where("email", "=", email).executeTakeFirstOrThrow();
  return row.disabled_at !== null;
}
