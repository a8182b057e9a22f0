import type { Kysely } from "kysely";
import { idColumn } from "./columns";

// Sign-in limits count attempts per account and address (keyed hashes), not failures per single key; the editors'
// usual addresses are remembered so an attack on an account cannot keep them out. Replaces sign_in_failures.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations describe the schema as it was then, not as typed now
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable("sign_in_attempts"))
    .addColumn("account_hash", "text", (col) => col.notNull())
    .addColumn("address_hash", "text", (col) => col.notNull())
    .addColumn("outcome", "text", (col) => col.notNull())
    .addColumn("attempted_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("sign_in_attempts_account")
    .on("sign_in_attempts")
    .columns(["account_hash", "attempted_at"])
    .execute();
  await db.schema
    .createIndex("sign_in_attempts_address")
    .on("sign_in_attempts")
    .columns(["address_hash", "attempted_at"])
    .execute();
  await db.schema.createIndex("sign_in_attempts_time").on("sign_in_attempts").column("attempted_at").execute();

  await idColumn(db, db.schema.createTable("sign_in_known_addresses"))
    .addColumn("account_hash", "text", (col) => col.notNull())
    .addColumn("address_hash", "text", (col) => col.notNull())
    .addColumn("signed_in_at", "text", (col) => col.notNull())
    .addUniqueConstraint("sign_in_known_addresses_once", ["account_hash", "address_hash"])
    .execute();

  await db.schema.dropTable("sign_in_failures").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable("sign_in_failures"))
    .addColumn("key", "text", (col) => col.notNull())
    .addColumn("failed_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("sign_in_failures_key_time")
    .on("sign_in_failures")
    .columns(["key", "failed_at"])
    .execute();
  await db.schema.dropTable("sign_in_known_addresses").execute();
  await db.schema.dropTable("sign_in_attempts").execute();
}
