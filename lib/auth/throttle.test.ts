import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import { createDatabase, migrateToLatest } from "../db/connection";
import type { Database } from "../db/schema";
import { addEditor } from "./editors";
import { verifyPassword } from "./passwords";
import { attemptSignIn, type SignInDependencies } from "./sign-in";
import { THROTTLE } from "./throttle";

let db: Kysely<Database>;
beforeEach(async () => {
  db = createDatabase(process.env.TEST_DATABASE_URL ?? "file::memory:");
  await migrateToLatest(db);
  for (const table of [
    "comment_events",
    "comment_reports",
    "comments",
    "sign_in_attempts",
    "sign_in_known_addresses",
    "editors",
  ] as const) {
    await db.deleteFrom(table).execute();
  }
});
afterEach(() => db.destroy());

const start = new Date("2026-11-28T10:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);
const SECRET = "test-secret";
const RIGHT = "correct horse battery";
const WINDOW_MS = THROTTLE.windowMs;
const EDITORS_ADDRESS = "203.0.113.9";
const STRANGERS_ADDRESS = "198.51.100.66";

// Wrong passwords are checked without argon2 (fast), right ones for real; sleeps are recorded, not slept.
const sleeps: number[] = [];
const deps: SignInDependencies = {
  verify: (hash, password) => (password === RIGHT ? verifyPassword(hash, password) : Promise.resolve(false)),
  sleep: async (ms) => void sleeps.push(ms),
};
const attempt = (password: string, address = EDITORS_ADDRESS, email = "ed@example.org") => ({
  email,
  password,
  address,
});
const signIn = (password: string, at: Date, address?: string, email?: string) =>
  attemptSignIn(db, attempt(password, address, email), at, SECRET, deps);

beforeEach(async () => {
  sleeps.length = 0;
  await addEditor(db, { email: "ed@example.org", name: "Ed", role: "editor", password: RIGHT }, start);
});

describe("attemptSignIn", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    expect(await signIn(RIGHT, start, undefined, "ED@Example.org")).toMatchObject({
      ok: true,
      editor: { email: "ed@example.org", role: "editor" },
    });
  });

  it("refuses the sixth attempt for an account from one address, even with the right password, until the window passes", async () => {
    for (let i = 0; i < 5; i++)
      expect(await signIn("wrong", later(i * 1000))).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(RIGHT, later(6000))).toEqual({ ok: false, reason: "throttled", retryAt: later(WINDOW_MS) });
    expect(await signIn(RIGHT, later(WINDOW_MS + 1000))).toMatchObject({ ok: true });
  });

  it("does not let a stranger's failures from another address stop the editor", async () => {
    for (let i = 0; i < 5; i++) await signIn("wrong", later(i), STRANGERS_ADDRESS);
    expect(await signIn(RIGHT, later(10), STRANGERS_ADDRESS)).toMatchObject({ reason: "throttled" });
    expect(await signIn(RIGHT, later(20))).toMatchObject({ ok: true });
  });

  it("closes one address trying many accounts after 20 attempts, and only that address", async () => {
    for (let i = 0; i < 20; i++)
      expect(await signIn("wrong", later(i), STRANGERS_ADDRESS, `nobody${i}@example.org`)).toMatchObject({
        reason: "invalid",
      });
    expect(await signIn(RIGHT, later(100), STRANGERS_ADDRESS)).toMatchObject({
      reason: "throttled",
      retryAt: later(WINDOW_MS),
    });
    expect(await signIn(RIGHT, later(100), "198.51.100.67")).toMatchObject({ ok: true });
  });

  it("counts parallel attempts: of 20 at once, at most 5 reach the password check", async () => {
    let checked = 0;
    const counting: SignInDependencies = { ...deps, verify: async () => (checked++, false) };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => attemptSignIn(db, attempt("wrong"), start, SECRET, counting)),
    );
    // SQLite runs them one after another (exactly 5 get through); on PostgreSQL a burst may see itself whole and
    // refuse all 20. Never more than 5.
    expect(checked).toBeLessThanOrEqual(5);
    expect(results.filter((result) => !result.ok && result.reason === "throttled")).toHaveLength(20 - checked);
  });

  it("under attack from many addresses, slows the editor's usual address and refuses new ones", async () => {
    expect(await signIn(RIGHT, start)).toMatchObject({ ok: true }); // the editor's usual address
    for (let i = 0; i < THROTTLE.perAccount; i++)
      await signIn("wrong", later(1000 + i), `10.0.${Math.floor(i / 4)}.${i % 4}`);
    expect(await signIn(RIGHT, later(5000), "192.0.2.200")).toMatchObject({ reason: "throttled" });
    expect(sleeps).toEqual([]);
    expect(await signIn(RIGHT, later(5000))).toMatchObject({ ok: true });
    expect(sleeps).toEqual([THROTTLE.underAttackDelayMs]);
  }, 30_000);

  it("clears the account's failures from an address once it signs in there", async () => {
    for (let i = 0; i < 4; i++) await signIn("wrong", later(i));
    expect(await signIn(RIGHT, later(10))).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) expect(await signIn("wrong", later(20 + i))).toMatchObject({ reason: "invalid" });
  });

  it("never stores the email or the address itself, and forgets attempts after a day", async () => {
    await signIn("wrong", start, "192.0.2.44");
    const rows = await db.selectFrom("sign_in_attempts").selectAll().execute();
    expect(JSON.stringify(rows)).not.toMatch(/192\.0\.2\.44|ed@example/);
    await signIn("wrong", later(THROTTLE.keepAttemptsMs + 1), "192.0.2.45");
    expect(await db.selectFrom("sign_in_attempts").select("attempted_at").execute()).toEqual([
      { attempted_at: later(THROTTLE.keepAttemptsMs + 1).toISOString() },
    ]);
  });
});

describe("the usual addresses", () => {
  it("are the last five that signed in, for 30 days", async () => {
    for (let i = 0; i < 7; i++) await signIn(RIGHT, later(i * 1000), `192.0.2.${i}`);
    expect(await db.selectFrom("sign_in_known_addresses").select("id").execute()).toHaveLength(5);
    await signIn(RIGHT, later(31 * 86_400_000), "192.0.2.99");
    expect(await db.selectFrom("sign_in_known_addresses").select("id").execute()).toHaveLength(1);
  });
});
