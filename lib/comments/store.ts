// The comment store: every query the site makes of the comments tables.
import type { Kysely, Selectable } from "kysely";
import type { CommentsTable, CommentStatus, Database } from "../db/schema";
import { LIMITS } from "./rules";

export type StoredComment = {
  id: number;
  articleSlug: string;
  parentId: number | null;
  authorName: string;
  body: string;
  status: CommentStatus;
  isStaff: boolean;
  openReports: number;
  createdAt: Date;
};

export type Thread = StoredComment & { replies: StoredComment[] };

type Row = Selectable<CommentsTable>;

const COLUMNS = ["id", "article_slug", "parent_id", "author_name", "body", "status", "is_staff", "open_reports", "created_at"] as const;

function toComment(row: Pick<Row, (typeof COLUMNS)[number]>): StoredComment {
  return {
    id: Number(row.id),
    articleSlug: row.article_slug,
    parentId: row.parent_id === null ? null : Number(row.parent_id),
    authorName: row.author_name,
    body: row.body,
    status: row.status,
    isStaff: Boolean(row.is_staff),
    openReports: Number(row.open_reports),
    createdAt: new Date(row.created_at),
  };
}

const minutesBefore = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

export async function insertComment(
  db: Kysely<Database>,
  comment: { articleSlug: string; parentId: number | null; authorName: string; emailHash: string; addressHash: string; body: string; status: CommentStatus; isStaff?: boolean },
  now: Date,
): Promise<StoredComment> {
  const row = await db
    .insertInto("comments")
    .values({
      article_slug: comment.articleSlug,
      parent_id: comment.parentId,
      author_name: comment.authorName,
      email_hash: comment.emailHash,
      address_hash: comment.addressHash,
      body: comment.body,
      status: comment.status,
      is_staff: comment.isStaff ? 1 : 0,
      open_reports: 0,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toComment(row);
}

/** Address hashes serve the rate limits for a day; older ones are blanked, opportunistically on each post. */
export async function forgetOldAddresses(db: Kysely<Database>, now: Date): Promise<void> {
  await db.updateTable("comments").set({ address_hash: "" })
    .where("created_at", "<", minutesBefore(now, 24 * 60)).where("address_hash", "!=", "").execute();
}

export async function findComment(db: Kysely<Database>, id: number): Promise<StoredComment | undefined> {
  const row = await db.selectFrom("comments").select(COLUMNS).where("id", "=", id).executeTakeFirst();
  return row && toComment(row);
}

/** An editor has approved a comment from this email before. */
export async function isTrustedEmail(db: Kysely<Database>, emailHash: string): Promise<boolean> {
  return !!(await db.selectFrom("comments").select("id").where("email_hash", "=", emailHash).where("status", "=", "approved").limit(1).executeTakeFirst());
}

export async function isDuplicate(db: Kysely<Database>, articleSlug: string, body: string, now: Date): Promise<boolean> {
  return !!(await db
    .selectFrom("comments")
    .select("id")
    .where("article_slug", "=", articleSlug)
    .where("body", "=", body)
    .where("created_at", ">", minutesBefore(now, LIMITS.duplicateWindowMinutes))
    .limit(1)
    .executeTakeFirst());
}

export async function postingCounts(db: Kysely<Database>, addressHash: string, now: Date): Promise<{ lastTenMinutes: number; lastDay: number }> {
  const since = (minutes: number) =>
    db.selectFrom("comments").select((eb) => eb.fn.countAll<number>().as("n")).where("address_hash", "=", addressHash).where("created_at", ">", minutesBefore(now, minutes)).executeTakeFirstOrThrow();
  const [tenMinutes, day] = await Promise.all([since(10), since(24 * 60)]);
  return { lastTenMinutes: Number(tenMinutes.n), lastDay: Number(day.n) };
}

/** What readers may see: approved and not hidden by reports. */
function visible(db: Kysely<Database>, articleSlug: string) {
  return db
    .selectFrom("comments")
    .where("article_slug", "=", articleSlug)
    .where("status", "=", "approved")
    .where("open_reports", "<", LIMITS.reportsToHide);
}

export async function visibleCount(db: Kysely<Database>, articleSlug: string): Promise<number> {
  const row = await visible(db, articleSlug).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of threads, oldest first, each with its visible replies; and how many pages there are. */
export async function visibleThreads(db: Kysely<Database>, articleSlug: string, page: number): Promise<{ threads: Thread[]; pageCount: number }> {
  const perPage = LIMITS.threadsPerPage;
  const [parents, total] = await Promise.all([
    visible(db, articleSlug).select(COLUMNS).where("parent_id", "is", null).orderBy("created_at").orderBy("id").limit(perPage).offset((page - 1) * perPage).execute(),
    visible(db, articleSlug).select((eb) => eb.fn.countAll<number>().as("n")).where("parent_id", "is", null).executeTakeFirstOrThrow(),
  ]);
  const ids = parents.map((row) => Number(row.id));
  const replies = ids.length
    ? (await visible(db, articleSlug).select(COLUMNS).where("parent_id", "in", ids).orderBy("created_at").orderBy("id").execute()).map(toComment)
    : [];
  const threads = parents.map(toComment).map((parent) => ({ ...parent, replies: replies.filter((reply) => reply.parentId === parent.id) }));
  return { threads, pageCount: Math.max(1, Math.ceil(Number(total.n) / perPage)) };
}

/** Records a reader's report once per reader; returns false when this reader had reported it already. */
export async function reportComment(db: Kysely<Database>, commentId: number, reason: string, reporterHash: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const already = await trx.selectFrom("comment_reports").select("id").where("comment_id", "=", commentId).where("reporter_hash", "=", reporterHash).executeTakeFirst();
    if (already) return false;
    await trx.insertInto("comment_reports").values({ comment_id: commentId, reason, reporter_hash: reporterHash, created_at: now.toISOString() }).execute();
    await trx.updateTable("comments").set((eb) => ({ open_reports: eb("open_reports", "+", 1), updated_at: now.toISOString() })).where("id", "=", commentId).execute();
    return true;
  });
}
