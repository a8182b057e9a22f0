import { sql, type Kysely } from "kysely";
import { idColumn } from "./columns";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations describe the schema as it was then, not as typed now
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable("editors"))
    .addColumn("email", "text", (col) => col.notNull().unique())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("role", "text", (col) => col.notNull().check(sql`role in ('editor', 'admin')`))
    .addColumn("password_hash", "text", (col) => col.notNull())
    .addColumn("disabled_at", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();

  await idColumn(db, db.schema.createTable("sign_in_failures"))
    .addColumn("key", "text", (col) => col.notNull())
    .addColumn("failed_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("sign_in_failures_key_time")
    .on("sign_in_failures")
    .columns(["key", "failed_at"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sign_in_failures").execute();
  await db.schema.dropTable("editors").execute();
}
