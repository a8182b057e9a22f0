// Editor accounts: the only code that reads or writes the editors table.
import type { Kysely } from "kysely";
import type { Database, EditorRole, EditorRow } from "../db/schema";
import { passwordProblem } from "./password-rules";
import { hashPassword } from "./passwords";

export type Editor = Pick<EditorRow, "id" | "email" | "name" | "role"> & { disabled: boolean };

export class EditorInputError extends Error {}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toEditor(row: EditorRow): Editor {
  return { id: row.id, email: row.email, name: row.name, role: row.role, disabled: row.disabled_at !== null };
}

export async function addEditor(
  db: Kysely<Database>,
  input: { email: string; name: string; role: EditorRole; password: string },
  now: Date,
): Promise<Editor> {
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email)) throw new EditorInputError(`"${input.email}" is not an email address`);
  if (!input.name.trim()) throw new EditorInputError("the name must not be empty");
  const problem = passwordProblem(input.password);
  if (problem) throw new EditorInputError(`the password ${problem}`);
  if (await findEditorByEmail(db, email)) throw new EditorInputError(`an editor with email ${email} already exists`);
  const row = await db
    .insertInto("editors")
    .values({
      email,
      name: input.name.trim(),
      role: input.role,
      password_hash: await hashPassword(input.password),
      disabled_at: null,
      created_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEditor(row);
}

export async function findEditorByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<(Editor & { passwordHash: string }) | undefined> {
  const row = await db.selectFrom("editors").selectAll().where("email", "=", normaliseEmail(email)).executeTakeFirst();
  return row && { ...toEditor(row), passwordHash: row.password_hash };
}

export async function findEditorById(db: Kysely<Database>, id: number): Promise<Editor | undefined> {
  const row = await db.selectFrom("editors").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toEditor(row);
}

export async function listEditors(db: Kysely<Database>): Promise<Editor[]> {
  return (await db.selectFrom("editors").selectAll().orderBy("email").execute()).map(toEditor);
}

/** Disables (or re-enables) an account; a disabled editor loses access on their next request. */
export async function setEditorDisabled(
  db: Kysely<Database>,
  email: string,
  disabled: boolean,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("editors")
    .set({ disabled_at: disabled ? now.toISOString() : null })
    .where("email", "=", normaliseEmail(email))
    .executeTakeFirst();
  return result.numUpdatedRows > BigInt(0);
}

export async function setEditorPassword(db: Kysely<Database>, email: string, password: string): Promise<boolean> {
  const problem = passwordProblem(password);
  if (problem) throw new EditorInputError(`the password ${problem}`);
  const result = await db
    .updateTable("editors")
    .set({ password_hash: await hashPassword(password) })
    .where("email", "=", normaliseEmail(email))
    .executeTakeFirst();
  return result.numUpdatedRows > BigInt(0);
}
