import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CommentView } from "@/lib/comments/view";
import { CommentItem } from "./CommentItem";

const comment: CommentView = {
  id: 7,
  authorName: "Ann",
  isStaff: false,
  bodyHtml: "<p>Hello.</p>",
  dateTime: "2026-11-30T10:00:00+08:00",
  dateLabel: "30 November 2026 at 10:00",
  isReply: false,
  pending: false,
};

const classesOf = (view: CommentView) =>
  /<article[^>]* class="([^"]*)"/
    .exec(renderToStaticMarkup(<CommentItem comment={view} articlePath="/asia/x" />))![1]!
    .split(" ");

describe("CommentItem", () => {
  it("marks the newsroom's replies and the reader's own pending comment as separate classes", () => {
    expect(classesOf(comment)).toEqual(["comment"]);
    expect(classesOf({ ...comment, isStaff: true })).toEqual(["comment", "comment-staff"]);
    expect(classesOf({ ...comment, isStaff: true, pending: true })).toEqual([
      "comment",
      "comment-staff",
      "comment-pending",
    ]);
  });
});
