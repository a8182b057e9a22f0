// Comments as the page shows them: HTML bodies and dates in the newsroom's zone. Never an email or an address.
import { formatDateTime, isoInZone } from "../dates";
import type { StoredComment, Thread } from "./store";
import { commentToHtml } from "./text";

export type CommentView = {
  id: number;
  authorName: string;
  isStaff: boolean;
  bodyHtml: string;
  dateTime: string;
  dateLabel: string;
  isReply: boolean;
  pending: boolean;
};

export type ThreadView = CommentView & { replies: CommentView[] };

export function viewComment(comment: StoredComment, timeZone: string, locale: string): CommentView {
  return {
    id: comment.id,
    authorName: comment.authorName,
    isStaff: comment.isStaff,
    bodyHtml: commentToHtml(comment.body),
    dateTime: isoInZone(comment.createdAt, timeZone),
    dateLabel: formatDateTime(comment.createdAt, timeZone, locale),
    isReply: comment.parentId !== null,
    pending: comment.status === "pending",
  };
}

export function viewThread(thread: Thread, timeZone: string, locale: string): ThreadView {
  return {
    ...viewComment(thread, timeZone, locale),
    replies: thread.replies.map((reply) => viewComment(reply, timeZone, locale)),
  };
}

export function commentCountLabel(count: number): string {
  return count === 1 ? "1 comment" : `${count} comments`;
}
