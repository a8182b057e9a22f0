// Brute-force protection: after 5 failed sign-ins for one email or one address within 15 minutes, further attempts
// are refused until the window passes. Counted in the database, so it holds across restarts and instances.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

/** When sign-in opens again for these keys, or null when it is open now. */
export async function blockedUntil(db: Kysely<Database>, keys: string[], now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  let until: Date | null = null;
  for (const key of keys) {
    const recent = await db
      .selectFrom("sign_in_failures")
      .select("failed_at")
      .where("key", "=", key)
      .where("failed_at", ">", since)
      .orderBy("failed_at", "desc")
      .limit(MAX_FAILURES)
      .execute();
    if (recent.length < MAX_FAILURES) continue;
    // Open again once the oldest of the last five failures leaves the window.
    const opens = new Date(Date.parse(recent[MAX_FAILURES - 1]!.failed_at) + WINDOW_MS);
    if (!until || opens > until) until = opens;
  }
  return until;
}

export async function recordFailure(db: Kysely<Database>, keys: string[], now: Date): Promise<void> {
  const failedAt = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("sign_in_failures").values(keys.map((key) => ({ key, failed_at: failedAt }))).execute();
    // Keep the table small: rows older than the window no longer count.
    await trx.deleteFrom("sign_in_failures").where("failed_at", "<", new Date(now.getTime() - WINDOW_MS).toISOString()).execute();
  });
}

export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("sign_in_failures").where("key", "=", key).execute();
}
