import { sql, type Kysely } from "kysely";
import { idColumn } from "./columns";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations describe the schema as it was then, not as typed now
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable("comments"))
    .addColumn("article_slug", "text", (col) => col.notNull())
    .addColumn("parent_id", "integer", (col) => col.references("comments.id").onDelete("cascade"))
    .addColumn("author_name", "text", (col) => col.notNull())
    .addColumn("email_hash", "text", (col) => col.notNull())
    .addColumn("address_hash", "text", (col) => col.notNull())
    .addColumn("body", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) =>
      col.notNull().check(sql`status in ('pending', 'approved', 'rejected', 'spam')`),
    )
    .addColumn("is_staff", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("open_reports", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("comments_article_status")
    .on("comments")
    .columns(["article_slug", "status", "created_at"])
    .execute();
  await db.schema.createIndex("comments_address_time").on("comments").columns(["address_hash", "created_at"]).execute();
  await db.schema.createIndex("comments_email_status").on("comments").columns(["email_hash", "status"]).execute();
  await db.schema.createIndex("comments_status_time").on("comments").columns(["status", "created_at"]).execute();

  await idColumn(db, db.schema.createTable("comment_reports"))
    .addColumn("comment_id", "integer", (col) => col.notNull().references("comments.id").onDelete("cascade"))
    .addColumn("reason", "text", (col) => col.notNull())
    .addColumn("reporter_hash", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addUniqueConstraint("comment_reports_once_per_reader", ["comment_id", "reporter_hash"])
    .execute();

  await idColumn(db, db.schema.createTable("comment_events"))
    .addColumn("comment_id", "integer", (col) => col.notNull())
    .addColumn("editor_id", "integer", (col) => col.notNull().references("editors.id"))
    .addColumn("action", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("comment_events_comment").on("comment_events").column("comment_id").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("comment_events").execute();
  await db.schema.dropTable("comment_reports").execute();
  await db.schema.dropTable("comments").execute();
}
