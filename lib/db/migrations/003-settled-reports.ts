import type { Kysely } from "kysely";

// Reports are kept once an editor has decided (marked settled), so the same readers cannot hide the comment again,
// and they are counted per reporter for the hourly limit.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations describe the schema as it was then, not as typed now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("comment_reports").addColumn("settled_at", "text").execute();
  await db.schema
    .createIndex("comment_reports_reporter_time")
    .on("comment_reports")
    .columns(["reporter_hash", "created_at"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("comment_reports_reporter_time").execute();
  await db.schema.alterTable("comment_reports").dropColumn("settled_at").execute();
}
