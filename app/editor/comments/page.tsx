import type { Metadata } from "next";
import Link from "next/link";
import { DeskHeader } from "@/components/editor/DeskHeader";
import { QueueItem } from "@/components/editor/QueueItem";
import { requireEditor } from "@/lib/auth/guards";
import { ActionForm } from "@/components/ui/ActionForm";
import { moderateAction } from "@/lib/comments/moderation-actions";
import { QUEUE_STATES, queue, stateCounts, type QueueState } from "@/lib/comments/moderation";
import { getDb } from "@/lib/db/connection";
import { searchParam } from "@/lib/http/search-param";

export const metadata: Metadata = { title: "Comments" };

const LABELS: Record<QueueState, string> = {
  pending: "Pending",
  reported: "Reported",
  approved: "Approved",
  spam: "Spam",
  rejected: "Rejected",
};
const REPLY_NOTICES = new Map([
  ["reply", "Your reply is published."],
  ["reply-length", "A reply must be 2 to 5000 characters. Nothing was published."],
  ["reply-gone", "That comment no longer exists. Nothing was published."],
]);

export default async function CommentQueuePage({ searchParams }: PageProps<"/editor/comments">) {
  const params = await searchParams;
  const done = searchParam(params.done);
  const state = QUEUE_STATES.find((candidate) => candidate === searchParam(params.state)) ?? "pending";
  const editor = await requireEditor(`/editor/comments?state=${state}`);
  const db = await getDb();
  const [counts, comments] = await Promise.all([stateCounts(db), queue(db, state)]);
  return (
    <>
      <DeskHeader editor={editor} title="Comments" />
      <nav aria-label="Comment states" className="queue-tabs">
        <ul>
          {QUEUE_STATES.map((candidate) => (
            <li key={candidate}>
              <Link
                href={`/editor/comments?state=${candidate}`}
                aria-current={candidate === state ? "page" : undefined}
              >
                {LABELS[candidate]} <span className="queue-count">({counts[candidate]})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {done && (
        <p role="status" className="notice">
          {REPLY_NOTICES.get(done) ?? `Done: ${done}.`}
        </p>
      )}
      <h2 className="block-heading">{LABELS[state]} comments</h2>
      {comments.length === 0 ? (
        <p className="desk-empty">Nothing here.</p>
      ) : (
        <>
          <ActionForm id="bulk" action={moderateAction} permalink="/editor/comments" className="bulk-bar">
            <input type="hidden" name="state" value={state} />
            <span>With the selected comments:</span>
            <button type="submit" name="decision" value="approve" className="button button-quiet">
              Approve
            </button>
            <button type="submit" name="decision" value="reject" className="button button-quiet">
              Reject
            </button>
            <button type="submit" name="decision" value="spam" className="button button-quiet">
              Mark as spam
            </button>
            <button type="submit" name="decision" value="delete" className="button button-quiet">
              Delete
            </button>
          </ActionForm>
          <ol className="queue">
            {comments.map((comment) => (
              <li key={comment.id}>
                <QueueItem comment={comment} state={state} />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
