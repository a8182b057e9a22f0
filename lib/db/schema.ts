// Table types for Kysely. Timestamps are ISO 8601 UTC strings: sortable, and the same in SQLite and PostgreSQL.
import type { Generated, Insertable, Selectable } from "kysely";

export type EditorRole = "editor" | "admin";

export interface EditorsTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: EditorRole;
  password_hash: string;
  disabled_at: string | null;
  created_at: string;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  /** "email:<address>" or "ip:<hash>". */
  key: string;
  failed_at: string;
}

export interface Database {
  editors: EditorsTable;
  sign_in_failures: SignInFailuresTable;
}

export type EditorRow = Selectable<EditorsTable>;
export type NewEditorRow = Insertable<EditorsTable>;
