// Brute-force limits on sign-in, counted in the database (so they hold across restarts and instances) per
// account and client address, both as keyed hashes. Within 15 minutes: 5 attempts for one account from one
// address, 20 from one address across accounts. An account attacked from many addresses (100 attempts) is slowed
// down for its editor's usual addresses and closed to all others, so a stranger cannot lock the editor out.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";

export const THROTTLE = {
  windowMs: 15 * 60_000,
  perAccountAndAddress: 5,
  perAddress: 20,
  perAccount: 100,
  /** How long an attempt from a usual address waits while its account is under attack. */
  underAttackDelayMs: 2000,
  usualAddresses: 5,
  usualAddressDays: 30,
  /** Attempts are forgotten (with their address hashes) after a day. */
  keepAttemptsMs: 24 * 3_600_000,
} as const;

export type ThrottleKeys = { account: string; address: string };

export type Admission =
  { admitted: true; attemptId: number; delayMs: number } | { admitted: false; attemptId: number; retryAt: Date };

const COUNTED = ["pending", "failed"] as const;

/**
 * Records the attempt, then counts: one step that parallel attempts cannot all pass. The insert is committed
 * before the count (not inside the counting transaction, whose snapshot would miss concurrent inserts on
 * PostgreSQL), so of N concurrent attempts the last to count sees all N, and at most the limit get through.
 */
export async function admitAttempt(db: Kysely<Database>, keys: ThrottleKeys, now: Date): Promise<Admission> {
  const at = now.toISOString();
  // Opportunistic clean-up on write: old attempts and their address hashes go after a day.
  await db
    .deleteFrom("sign_in_attempts")
    .where("attempted_at", "<", new Date(now.getTime() - THROTTLE.keepAttemptsMs).toISOString())
    .execute();
  const { id } = await db
    .insertInto("sign_in_attempts")
    .values({ account_hash: keys.account, address_hash: keys.address, outcome: "pending", attempted_at: at })
    .returning("id")
    .executeTakeFirstOrThrow();
  const attemptId = Number(id);

  const since = new Date(now.getTime() - THROTTLE.windowMs).toISOString();
  /** When the limit-th most recent other attempt leaves the window, or null when fewer than `limit` are in it. */
  const fullUntil = async (where: Partial<ThrottleKeys>, limit: number): Promise<Date | null> => {
    let query = db
      .selectFrom("sign_in_attempts")
      .select("attempted_at")
      .where("id", "!=", attemptId)
      .where("outcome", "in", COUNTED)
      .where("attempted_at", ">", since);
    if (where.account) query = query.where("account_hash", "=", where.account);
    if (where.address) query = query.where("address_hash", "=", where.address);
    const rows = await query.orderBy("attempted_at", "desc").orderBy("id", "desc").limit(limit).execute();
    return rows.length < limit ? null : new Date(Date.parse(rows[limit - 1]!.attempted_at) + THROTTLE.windowMs);
  };

  const closed = [
    await fullUntil(keys, THROTTLE.perAccountAndAddress),
    await fullUntil({ address: keys.address }, THROTTLE.perAddress),
  ];
  let delayMs = 0;
  const accountFull = await fullUntil({ account: keys.account }, THROTTLE.perAccount);
  if (accountFull) {
    if (await isUsualAddress(db, keys, now)) delayMs = THROTTLE.underAttackDelayMs;
    else closed.push(accountFull);
  }
  const retryAt = closed.reduce<Date | null>(
    (latest, until) => (until && (!latest || until > latest) ? until : latest),
    null,
  );
  if (retryAt) {
    await db.updateTable("sign_in_attempts").set({ outcome: "refused" }).where("id", "=", attemptId).execute();
    return { admitted: false, attemptId, retryAt };
  }
  return { admitted: true, attemptId, delayMs };
}

/** A failure keeps counting; a success clears this account's failures from this address and remembers it. */
export async function settleAttempt(
  db: Kysely<Database>,
  attemptId: number,
  keys: ThrottleKeys,
  succeeded: boolean,
  now: Date,
): Promise<void> {
  if (!succeeded) {
    await db.updateTable("sign_in_attempts").set({ outcome: "failed" }).where("id", "=", attemptId).execute();
    return;
  }
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("sign_in_attempts").set({ outcome: "succeeded" }).where("id", "=", attemptId).execute();
    await trx
      .deleteFrom("sign_in_attempts")
      .where("account_hash", "=", keys.account)
      .where("address_hash", "=", keys.address)
      .where("outcome", "=", "failed")
      .execute();
    await trx
      .insertInto("sign_in_known_addresses")
      .values({ account_hash: keys.account, address_hash: keys.address, signed_in_at: at })
      .onConflict((conflict) => conflict.columns(["account_hash", "address_hash"]).doUpdateSet({ signed_in_at: at }))
      .execute();
    // Only the last few usual addresses, and none older than their use.
    const keep = await trx
      .selectFrom("sign_in_known_addresses")
      .select("id")
      .where("account_hash", "=", keys.account)
      .orderBy("signed_in_at", "desc")
      .orderBy("id", "desc")
      .limit(THROTTLE.usualAddresses)
      .execute();
    await trx
      .deleteFrom("sign_in_known_addresses")
      .where("account_hash", "=", keys.account)
      .where(
        "id",
        "not in",
        keep.map((row) => row.id),
      )
      .execute();
    const stale = new Date(now.getTime() - THROTTLE.usualAddressDays * 86_400_000).toISOString();
    await trx.deleteFrom("sign_in_known_addresses").where("signed_in_at", "<", stale).execute();
  });
}

async function isUsualAddress(db: Kysely<Database>, keys: ThrottleKeys, now: Date): Promise<boolean> {
  const stale = new Date(now.getTime() - THROTTLE.usualAddressDays * 86_400_000).toISOString();
  return !!(await db
    .selectFrom("sign_in_known_addresses")
    .select("id")
    .where("account_hash", "=", keys.account)
    .where("address_hash", "=", keys.address)
    .where("signed_in_at", ">=", stale)
    .executeTakeFirst());
}
