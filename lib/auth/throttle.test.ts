import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import { createDatabase, migrateToLatest } from "../db/connection";
import type { Database } from "../db/schema";
import { addEditor } from "./editors";
import { attemptSignIn } from "./sign-in";
import { blockedUntil, recordFailure, WINDOW_MS } from "./throttle";

let db: Kysely<Database>;
beforeEach(async () => {
  db = createDatabase(process.env.TEST_DATABASE_URL ?? "file::memory:");
  await migrateToLatest(db);
  for (const table of ["comment_events", "comment_reports", "comments", "sign_in_failures", "editors"] as const) await db.deleteFrom(table).execute();
});
afterEach(() => db.destroy());

const start = new Date("2026-11-28T10:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);
const SECRET = "test-secret";

describe("the brute-force counter", () => {
  it("stays open for four failures and closes at the fifth, for 15 minutes from the oldest", async () => {
    for (let i = 0; i < 4; i++) await recordFailure(db, ["email:a@x.org"], later(i * 60_000));
    expect(await blockedUntil(db, ["email:a@x.org"], later(4 * 60_000))).toBeNull();
    await recordFailure(db, ["email:a@x.org"], later(4 * 60_000));
    expect(await blockedUntil(db, ["email:a@x.org"], later(5 * 60_000))).toEqual(later(WINDOW_MS));
    expect(await blockedUntil(db, ["email:a@x.org"], later(WINDOW_MS - 1))).toEqual(later(WINDOW_MS));
    expect(await blockedUntil(db, ["email:a@x.org"], later(WINDOW_MS))).toBeNull();
  });

  it("counts each key on its own: another email from another address is not blocked", async () => {
    for (let i = 0; i < 5; i++) await recordFailure(db, ["email:a@x.org", "ip:1"], start);
    expect(await blockedUntil(db, ["email:b@x.org", "ip:2"], start)).toBeNull();
    expect(await blockedUntil(db, ["email:b@x.org", "ip:1"], start)).not.toBeNull();
    expect(await blockedUntil(db, ["email:a@x.org", "ip:2"], start)).not.toBeNull();
  });
});

describe("attemptSignIn", () => {
  beforeEach(async () => {
    await addEditor(db, { email: "ed@example.org", name: "Ed", role: "editor", password: "correct horse battery" }, start);
  });
  const attempt = (password: string, address = "203.0.113.9", email = "ed@example.org") => ({ email, password, address });

  it("signs in with the right password, whatever the email's case", async () => {
    const result = await attemptSignIn(db, attempt("correct horse battery", undefined, "ED@Example.org"), start, SECRET);
    expect(result).toMatchObject({ ok: true, editor: { email: "ed@example.org", role: "editor" } });
  });

  it("refuses the sixth attempt, even with the right password, until the window passes", async () => {
    for (let i = 0; i < 5; i++) expect(await attemptSignIn(db, attempt("wrong"), later(i * 1000), SECRET)).toEqual({ ok: false, reason: "invalid" });
    const sixth = await attemptSignIn(db, attempt("correct horse battery"), later(6000), SECRET);
    expect(sixth).toEqual({ ok: false, reason: "throttled", retryAt: later(WINDOW_MS) });
    expect(await attemptSignIn(db, attempt("correct horse battery"), later(WINDOW_MS + 1000), SECRET)).toMatchObject({ ok: true });
  });

  it("blocks one address trying many emails", async () => {
    for (let i = 0; i < 5; i++) await attemptSignIn(db, attempt("wrong", "198.51.100.7", `nobody${i}@example.org`), start, SECRET);
    expect(await attemptSignIn(db, attempt("correct horse battery", "198.51.100.7"), start, SECRET)).toMatchObject({ reason: "throttled" });
    expect(await attemptSignIn(db, attempt("correct horse battery", "198.51.100.8"), start, SECRET)).toMatchObject({ ok: true });
  });

  it("never stores the address itself", async () => {
    await attemptSignIn(db, attempt("wrong", "192.0.2.44"), start, SECRET);
    const keys = (await db.selectFrom("sign_in_failures").select("key").execute()).map((row) => row.key);
    expect(keys.join(" ")).not.toContain("192.0.2.44");
  });
});
