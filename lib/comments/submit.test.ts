import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDatabase, migrateToLatest } from "../db/connection";
import type { Database } from "../db/schema";
import { addEditor } from "../auth/editors";
import { decide, queue, replyAsNewsroom, stateCounts } from "./moderation";
import { signRenderToken } from "./rules";
import { reportComment, visibleCount, visibleThreads } from "./store";
import { submitComment, type Submission } from "./submit";

const SECRET = "unit-secret";
const start = new Date("2026-11-28T10:00:00Z");
let clock = start;
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);

let db: Kysely<Database>;
beforeEach(async () => {
  db = createDatabase(process.env.TEST_DATABASE_URL ?? "file::memory:");
  await migrateToLatest(db);
  for (const table of ["comment_events", "comment_reports", "comments", "editors"] as const)
    await db.deleteFrom(table).execute();
  clock = start;
});
afterEach(() => db.destroy());

let counter = 0;
function submission(
  overrides: Partial<Submission["fields"]> & { address?: string; honeypot?: string; token?: string } = {},
): Submission {
  const {
    address = "192.0.2.1",
    honeypot = "",
    token = signRenderToken(new Date(clock.getTime() - 60_000), SECRET),
    ...fields
  } = overrides;
  return {
    articleSlug: "a-story",
    fields: { name: "Ann", email: "ann@example.org", body: `Comment number ${++counter}`, ...fields },
    honeypot,
    token,
    address,
  };
}
const post = (s: Submission, extra: { commentsOpen?: boolean; relaxRateLimits?: boolean } = {}) =>
  submitComment(s, {
    db,
    now: clock,
    secret: SECRET,
    heldWords: ["casino"],
    commentsOpen: extra.commentsOpen ?? true,
    relaxRateLimits: extra.relaxRateLimits,
  });

async function approveAll() {
  const editor = await addEditor(
    db,
    { email: `ed${++counter}@x.org`, name: "Ed", role: "editor", password: "long enough password" },
    start,
  );
  const pending = await queue(db, "pending");
  await decide(
    db,
    pending.map((c) => c.id),
    "approve",
    editor.id,
    clock,
  );
  return editor;
}

describe("submitComment", () => {
  it("holds a first comment, then publishes later ones from the same email once an editor approved one", async () => {
    expect((await post(submission({ email: "Ann@Example.org" }))).kind).toBe("pending");
    expect(await visibleCount(db, "a-story")).toBe(0);
    await approveAll();
    expect(await visibleCount(db, "a-story")).toBe(1);
    expect((await post(submission())).kind).toBe("published");
    expect((await post(submission({ email: "someone.else@example.org" }))).kind).toBe("pending");
  });

  it("holds even a trusted commenter's comment with two links or a held word", async () => {
    await post(submission());
    await approveAll();
    expect((await post(submission({ body: "see https://a.org and https://b.org" }))).kind).toBe("pending");
    expect((await post(submission({ body: "try the Casino" }))).kind).toBe("pending");
    expect((await post(submission({ body: "just https://a.org" }))).kind).toBe("published");
  });

  it("silently discards a filled honeypot", async () => {
    expect(await post(submission({ honeypot: "http://spam.example" }))).toEqual({ kind: "discarded" });
    expect((await stateCounts(db)).pending).toBe(0);
  });

  it("holds a post made under 3 seconds after the form was rendered, and refuses forged or stale forms", async () => {
    expect((await post(submission({ token: signRenderToken(new Date(clock.getTime() - 1000), SECRET) }))).kind).toBe(
      "pending",
    );
    expect(await post(submission({ token: "123.forged" }))).toMatchObject({ kind: "refused", status: 400 });
    expect(
      await post(submission({ token: signRenderToken(new Date(clock.getTime() - 8 * 86_400_000), SECRET) })),
    ).toMatchObject({ kind: "refused", status: 400, message: expect.stringMatching(/reload/) });
  });

  it("refuses the same text on the same article within 10 minutes, then allows it", async () => {
    await post(submission({ body: "Same words" }));
    clock = minutes(9);
    expect(await post(submission({ body: "Same words" }))).toMatchObject({ kind: "refused", status: 409 });
    clock = minutes(11);
    expect((await post(submission({ body: "Same words" }))).kind).toBe("pending");
  });

  it("rate-limits an address: 5 in 10 minutes, 30 a day", async () => {
    for (let i = 0; i < 5; i++) expect((await post(submission())).kind).toBe("pending");
    expect(await post(submission())).toMatchObject({ kind: "refused", status: 429 });
    expect((await post(submission({ address: "192.0.2.2" }))).kind).toBe("pending");
    for (let hour = 1; hour <= 5; hour++) {
      clock = minutes(hour * 60);
      for (let i = 0; i < 5; i++) await post(submission());
    }
    clock = minutes(6 * 60);
    expect(await post(submission())).toMatchObject({
      kind: "refused",
      status: 429,
      message: expect.stringMatching(/30 comments today/),
    });
    clock = minutes(25 * 60);
    expect((await post(submission())).kind).toBe("pending");
    expect((await post(submission(), { relaxRateLimits: true })).kind).toBe("pending");
  });

  it("forgets address hashes after a day: blanked by the next post", async () => {
    await post(submission({ address: "192.0.2.50" }));
    clock = minutes(23 * 60);
    await post(submission({ address: "192.0.2.51" }));
    const hashes = async () =>
      (await db.selectFrom("comments").select("address_hash").orderBy("id").execute()).map((row) => row.address_hash);
    expect((await hashes()).every((hash) => hash.length > 20)).toBe(true);
    clock = minutes(24 * 60 + 1);
    await post(submission({ address: "192.0.2.52" }));
    const [first, second, third] = await hashes();
    expect(first).toBe("");
    expect(second!.length).toBeGreaterThan(20);
    expect(third!.length).toBeGreaterThan(20);
  });

  it("refuses posts when comments are closed, and bad input with field errors", async () => {
    expect(await post(submission(), { commentsOpen: false })).toMatchObject({
      kind: "refused",
      status: 403,
      message: "Comments are closed on this article.",
    });
    expect(await post(submission({ email: "nope" }))).toMatchObject({
      kind: "refused",
      status: 400,
      fieldErrors: { email: expect.any(String) },
    });
  });

  it("keeps replies one level deep and hides a comment after 3 reports until an editor decides", async () => {
    const first = await post(submission());
    const editor = await approveAll();
    const parent = first.kind === "pending" ? first.comment : null;
    const reply = await post(submission({ parentId: parent!.id }));
    const replyToReply = await replyAsNewsroom(
      db,
      reply.kind === "published" ? reply.comment.id : 0,
      editor,
      "Thanks",
      "The Paper",
      clock,
    );
    expect(replyToReply?.parentId).toBe(parent!.id);
    const { threads } = await visibleThreads(db, "a-story", 1);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.replies.map((r) => r.isStaff)).toEqual([false, true]);

    for (const reader of ["r1", "r2"]) await reportComment(db, parent!.id, "Off topic", reader, clock);
    expect(await reportComment(db, parent!.id, "Again", "r2", clock)).toBe("already-reported");
    expect((await stateCounts(db)).reported).toBe(1);
    expect(await visibleCount(db, "a-story")).toBe(3);
    await reportComment(db, parent!.id, "Abuse", "r3", clock);
    expect((await visibleThreads(db, "a-story", 1)).threads).toHaveLength(0);
    await decide(db, [parent!.id], "approve", editor.id, clock);
    expect((await visibleThreads(db, "a-story", 1)).threads).toHaveLength(1);
    expect((await stateCounts(db)).reported).toBe(0);
  });

  it("refuses a reply to a comment of another article, to an unapproved one, or to no comment at all", async () => {
    const first = await post(submission());
    await approveAll();
    const approvedId = first.kind === "pending" ? first.comment.id : 0;
    const waiting = await post(submission({ email: "new.reader@example.org" }));
    const waitingId = waiting.kind === "pending" ? waiting.comment.id : 0;
    const refusal = {
      kind: "refused",
      status: 400,
      message: "The comment you are replying to is no longer available.",
    };
    expect(await post({ ...submission({ parentId: approvedId }), articleSlug: "another-story" })).toMatchObject(
      refusal,
    );
    expect(await post(submission({ parentId: waitingId }))).toMatchObject(refusal);
    for (const parentId of [999_999, 2 ** 31, "99999999999999999999999", "-3", "abc"])
      expect(await post(submission({ parentId }))).toMatchObject(refusal);
    expect((await post(submission({ parentId: approvedId }))).kind).toBe("published");
  });

  it("pages threads 50 at a time, oldest first", async () => {
    const editor = await addEditor(
      db,
      { email: "pager@x.org", name: "Pager", role: "editor", password: "long enough password" },
      start,
    );
    for (let i = 0; i < 51; i++) {
      clock = minutes(i);
      await post(submission({ address: `10.0.0.${i}` }));
    }
    await decide(
      db,
      (await queue(db, "pending", 100)).map((c) => c.id),
      "approve",
      editor.id,
      clock,
    );
    const first = await visibleThreads(db, "a-story", 1);
    const second = await visibleThreads(db, "a-story", 2);
    expect(first.pageCount).toBe(2);
    expect(first.threads).toHaveLength(50);
    expect(second.threads).toHaveLength(1);
    expect(first.threads[0]!.createdAt.getTime()).toBeLessThan(first.threads[49]!.createdAt.getTime());
    expect(second.threads[0]!.createdAt).toEqual(minutes(50));
  });
});
