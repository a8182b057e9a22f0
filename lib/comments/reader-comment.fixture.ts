// A reader's comment as the store takes it, for the unit tests: each names only what it is about.
import type { insertComment } from "./store";

type NewComment = Parameters<typeof insertComment>[1];

export function readerComment(body: string, fields: Partial<NewComment> = {}): NewComment {
  return {
    articleSlug: "a-story",
    parentId: null,
    authorName: "Ann",
    emailHash: "e",
    addressHash: "a",
    body,
    status: "pending",
    ...fields,
  };
}
