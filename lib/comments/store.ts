// The comment store: the queries readers' pages, posts and reports make of the comments tables (the desk's queue
// and decisions are in moderation.ts).
import type { Kysely, Selectable } from "kysely";
import type { CommentsTable, CommentStatus, Database } from "../db/schema";
import { pageCount } from "../pagination";
import { isCommentId } from "./ids";
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
  /** Enough open reports to keep it from readers until an editor decides; never so for the newsroom's own. */
  hiddenByReports: boolean;
  createdAt: Date;
};

export type Thread = StoredComment & { replies: StoredComment[] };

type Row = Selectable<CommentsTable>;

const COLUMNS = [
  "id",
  "article_slug",
  "parent_id",
  "author_name",
  "body",
  "status",
  "is_staff",
  "open_reports",
  "created_at",
] as const;

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
    hiddenByReports: !row.is_staff && Number(row.open_reports) >= LIMITS.reportsToHide,
    createdAt: new Date(row.created_at),
  };
}

const minutesBefore = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

export async function insertComment(
  db: Kysely<Database>,
  comment: {
    articleSlug: string;
    parentId: number | null;
    authorName: string;
    emailHash: string;
    addressHash: string;
    body: string;
    status: CommentStatus;
    isStaff?: boolean;
  },
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
  await db
    .updateTable("comments")
    .set({ address_hash: "" })
    .where("created_at", "<", minutesBefore(now, 24 * 60))
    .where("address_hash", "!=", "")
    .execute();
}

export async function findComment(db: Kysely<Database>, id: number): Promise<StoredComment | undefined> {
  if (!isCommentId(id)) return undefined; // NaN, 0 or 21 digits: no row, and no error from the database
  const row = await db.selectFrom("comments").select(COLUMNS).where("id", "=", id).executeTakeFirst();
  return row && toComment(row);
}

/** An editor has approved a comment from this email before. */
export async function isTrustedEmail(db: Kysely<Database>, emailHash: string): Promise<boolean> {
  return !!(await db
    .selectFrom("comments")
    .select("id")
    .where("email_hash", "=", emailHash)
    .where("status", "=", "approved")
    .limit(1)
    .executeTakeFirst());
}

export async function isDuplicate(
  db: Kysely<Database>,
  articleSlug: string,
  body: string,
  now: Date,
): Promise<boolean> {
  return !!(await db
    .selectFrom("comments")
    .select("id")
    .where("article_slug", "=", articleSlug)
    .where("body", "=", body)
    .where("created_at", ">", minutesBefore(now, LIMITS.duplicateWindowMinutes))
    .limit(1)
    .executeTakeFirst());
}

export async function postingCounts(
  db: Kysely<Database>,
  addressHash: string,
  now: Date,
): Promise<{ lastTenMinutes: number; lastDay: number }> {
  const since = (minutes: number) =>
    db
      .selectFrom("comments")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("address_hash", "=", addressHash)
      .where("created_at", ">", minutesBefore(now, minutes))
      .executeTakeFirstOrThrow();
  const [tenMinutes, day] = await Promise.all([since(10), since(24 * 60)]);
  return { lastTenMinutes: Number(tenMinutes.n), lastDay: Number(day.n) };
}

/** What readers may see: approved and not hidden by reports (which never hide the newsroom's own). */
function visible(db: Kysely<Database>, articleSlug: string) {
  return db
    .selectFrom("comments")
    .where("article_slug", "=", articleSlug)
    .where("status", "=", "approved")
    .where((eb) => eb.or([eb("open_reports", "<", LIMITS.reportsToHide), eb("is_staff", "=", 1)]));
}

export async function visibleCount(db: Kysely<Database>, articleSlug: string): Promise<number> {
  const row = await visible(db, articleSlug)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of threads, oldest first, each with its visible replies; and how many pages there are. */
export async function visibleThreads(
  db: Kysely<Database>,
  articleSlug: string,
  page: number,
): Promise<{ threads: Thread[]; pageCount: number }> {
  const perPage = LIMITS.threadsPerPage;
  const [parents, total] = await Promise.all([
    visible(db, articleSlug)
      .select(COLUMNS)
      .where("parent_id", "is", null)
      .orderBy("created_at")
      .orderBy("id")
      .limit(perPage)
      .offset((page - 1) * perPage)
      .execute(),
    visible(db, articleSlug)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("parent_id", "is", null)
      .executeTakeFirstOrThrow(),
  ]);
  const ids = parents.map((row) => Number(row.id));
  const replies = ids.length
    ? (
        await visible(db, articleSlug)
          .select(COLUMNS)
          .where("parent_id", "in", ids)
          .orderBy("created_at")
          .orderBy("id")
          .execute()
      ).map(toComment)
    : [];
  const threads = parents
    .map(toComment)
    .map((parent) => ({ ...parent, replies: replies.filter((reply) => reply.parentId === parent.id) }));
  return { threads, pageCount: pageCount(Number(total.n), perPage) };
}

export type ReportOutcome = "reported" | "already-reported" | "rate-limited";

/**
 * Records a reader's report: once per reader and comment, ever (a report an editor has settled still counts as made,
 * so the same readers cannot hide an approved comment again), and at most LIMITS.reportsPerHour per reader.
 */
export async function reportComment(
  db: Kysely<Database>,
  commentId: number,
  reason: string,
  reporterHash: string,
  now: Date,
): Promise<ReportOutcome> {
  return db.transaction().execute(async (trx) => {
    const already = await trx
      .selectFrom("comment_reports")
      .select("id")
      .where("comment_id", "=", commentId)
      .where("reporter_hash", "=", reporterHash)
      .executeTakeFirst();
    if (already) return "already-reported";
    const recent = await trx
      .selectFrom("comment_reports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("reporter_hash", "=", reporterHash)
      .where("created_at", ">", minutesBefore(now, 60))
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= LIMITS.reportsPerHour) return "rate-limited";
    // A parallel request from the same reader may have got in first: the unique key then keeps one.
    const inserted = await trx
      .insertInto("comment_reports")
      .values({ comment_id: commentId, reason, reporter_hash: reporterHash, created_at: now.toISOString() })
      .onConflict((oc) => oc.columns(["comment_id", "reporter_hash"]).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return "already-reported";
    await trx
      .updateTable("comments")
      .set((eb) => ({ open_reports: eb("open_reports", "+", 1), updated_at: now.toISOString() }))
      .where("id", "=", commentId)
      .execute();
    return "reported";
  });
}
