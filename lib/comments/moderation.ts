// The moderation queue: states, counts, decisions and the log of who decided what, when.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { findComment, insertComment, type StoredComment } from "./store";

export const QUEUE_STATES = ["pending", "reported", "approved", "spam", "rejected"] as const;
export type QueueState = (typeof QUEUE_STATES)[number];
export const DECISIONS = ["approve", "reject", "spam", "delete"] as const;
export type Decision = (typeof DECISIONS)[number];

export type QueuedComment = StoredComment & {
  reports: string[];
  lastEvent: { action: string; editor: string; at: Date } | null;
};

function inState(db: Kysely<Database>, state: QueueState) {
  const query = db.selectFrom("comments");
  if (state === "reported") return query.where("status", "=", "approved").where("open_reports", ">", 0);
  if (state === "approved") return query.where("status", "=", "approved").where("open_reports", "=", 0);
  return query.where("status", "=", state);
}

export async function stateCounts(db: Kysely<Database>): Promise<Record<QueueState, number>> {
  const counts = await Promise.all(
    QUEUE_STATES.map(
      async (state) =>
        [
          state,
          Number(
            (
              await inState(db, state)
                .select((eb) => eb.fn.countAll<number>().as("n"))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ] as const,
    ),
  );
  return Object.fromEntries(counts) as Record<QueueState, number>;
}

export async function queue(db: Kysely<Database>, state: QueueState, limit = 100): Promise<QueuedComment[]> {
  const rows = await inState(db, state)
    .select("id")
    .orderBy("created_at", state === "pending" ? "asc" : "desc")
    .limit(limit)
    .execute();
  const comments = await Promise.all(
    rows.map(async ({ id }) => {
      const comment = await findComment(db, Number(id));
      // Deleted since the list was read (another editor's decision): left out, not an error on this editor's desk.
      if (!comment) return [];
      const [reports, event] = await Promise.all([
        db
          .selectFrom("comment_reports")
          .select("reason")
          .where("comment_id", "=", comment.id)
          .where("settled_at", "is", null)
          .orderBy("created_at")
          .execute(),
        db
          .selectFrom("comment_events")
          .innerJoin("editors", "editors.id", "comment_events.editor_id")
          .select(["comment_events.action", "comment_events.created_at", "editors.name"])
          .where("comment_events.comment_id", "=", comment.id)
          .orderBy("comment_events.id", "desc")
          .limit(1)
          .executeTakeFirst(),
      ]);
      return {
        ...comment,
        reports: reports.map((report) => report.reason),
        lastEvent: event ? { action: event.action, editor: event.name, at: new Date(event.created_at) } : null,
      };
    }),
  );
  return comments.flat();
}

/** Applies one decision to many comments; returns the articles whose pages must be refreshed. */
export async function decide(
  db: Kysely<Database>,
  ids: number[],
  decision: Decision,
  editorId: number,
  now: Date,
): Promise<string[]> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const targets = ids.length
      ? await trx.selectFrom("comments").select(["id", "article_slug"]).where("id", "in", ids).execute()
      : [];
    for (const { id } of targets) {
      await trx
        .insertInto("comment_events")
        .values({ comment_id: Number(id), editor_id: editorId, action: decision, created_at: at })
        .execute();
      if (decision === "delete") {
        await trx.deleteFrom("comments").where("id", "=", Number(id)).execute();
        continue;
      }
      const status = decision === "approve" ? "approved" : decision === "reject" ? "rejected" : "spam";
      // Any decision settles the open reports: approving again keeps the comment up, the others take it down. Settled
      // reports stay on record, so only readers who had not reported it before can count towards hiding it again.
      await trx
        .updateTable("comments")
        .set({ status, open_reports: 0, updated_at: at })
        .where("id", "=", Number(id))
        .execute();
      await trx
        .updateTable("comment_reports")
        .set({ settled_at: at })
        .where("comment_id", "=", Number(id))
        .where("settled_at", "is", null)
        .execute();
    }
    return [...new Set(targets.map((target) => target.article_slug))];
  });
}

/** A reply as the newsroom, published at once under the editor's name; replies to a reply join its thread. */
export async function replyAsNewsroom(
  db: Kysely<Database>,
  parentId: number,
  editor: { id: number; name: string },
  body: string,
  siteName: string,
  now: Date,
): Promise<StoredComment | null> {
  // One transaction: a reply is never published without its audit entry.
  return db.transaction().execute(async (trx) => {
    const parent = await findComment(trx, parentId);
    if (!parent) return null;
    const reply = await insertComment(
      trx,
      {
        articleSlug: parent.articleSlug,
        parentId: parent.parentId ?? parent.id,
        authorName: `${editor.name}, ${siteName}`,
        emailHash: `staff:${editor.id}`,
        addressHash: `staff:${editor.id}`,
        body,
        status: "approved",
        isStaff: true,
      },
      now,
    );
    await trx
      .insertInto("comment_events")
      .values({ comment_id: reply.id, editor_id: editor.id, action: "reply", created_at: now.toISOString() })
      .execute();
    return reply;
  });
}
