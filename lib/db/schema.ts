// Table types for Kysely. Timestamps are ISO 8601 UTC strings: sortable, and the same in SQLite and PostgreSQL.
import type { Generated, Selectable } from "kysely";

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

export type SignInOutcome = "pending" | "failed" | "succeeded" | "refused";

/** One sign-in attempt, recorded before it is checked; kept for a day. */
export interface SignInAttemptsTable {
  id: Generated<number>;
  /** Keyed hashes ("sign-in-account" of the normalised email, "sign-in-address" of the client's address key). */
  account_hash: string;
  address_hash: string;
  outcome: SignInOutcome;
  attempted_at: string;
}

/** Where an account last signed in successfully (a few addresses, for 30 days): its editor's usual addresses. */
export interface SignInKnownAddressesTable {
  id: Generated<number>;
  account_hash: string;
  address_hash: string;
  signed_in_at: string;
}

export type CommentStatus = "pending" | "approved" | "rejected" | "spam";

export interface CommentsTable {
  id: Generated<number>;
  article_slug: string;
  /** Replies go one level deep: a reply's parent is always a top-level comment. */
  parent_id: number | null;
  author_name: string;
  /** Keyed hash of the normalised email: enough to recognise a returning commenter, never shown or reversible. */
  email_hash: string;
  /** Keyed hash of the poster's address, for rate limits only. */
  address_hash: string;
  body: string;
  status: CommentStatus;
  /** Written by an editor as the newsroom. */
  is_staff: number;
  /** Reports not yet settled by an editor; at 3 a reader's comment (never the newsroom's) is hidden until one decides. */
  open_reports: number;
  created_at: string;
  updated_at: string;
}

export interface CommentReportsTable {
  id: Generated<number>;
  comment_id: number;
  reason: string;
  /** Keyed hash of the reporter's address: one report per reader and comment, and the hourly limit. */
  reporter_hash: string;
  created_at: string;
  /** When an editor decided on the comment; settled reports never count towards hiding it again. */
  settled_at: string | null;
}

export interface CommentEventsTable {
  id: Generated<number>;
  comment_id: number;
  editor_id: number;
  action: string;
  created_at: string;
}

export interface Database {
  editors: EditorsTable;
  sign_in_attempts: SignInAttemptsTable;
  sign_in_known_addresses: SignInKnownAddressesTable;
  comments: CommentsTable;
  comment_reports: CommentReportsTable;
  comment_events: CommentEventsTable;
}

export type EditorRow = Selectable<EditorsTable>;
