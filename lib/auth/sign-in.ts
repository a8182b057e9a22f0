// Checks an email and password against the editors table, within the brute-force limits.
import { createHmac } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { findEditorByEmail, normaliseEmail, type Editor } from "./editors";
import { verifyPassword } from "./passwords";
import { blockedUntil, clearFailures, recordFailure } from "./throttle";

export type SignInResult =
  | { ok: true; editor: Editor }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date };

type Attempt = { email: string; password: string; address: string };

/** Addresses are counted by keyed hash, never stored as they are. */
export function throttleKeys(email: string, address: string, secret: string): string[] {
  const addressHash = createHmac("sha256", secret).update(address).digest("base64url").slice(0, 32);
  return [`email:${normaliseEmail(email)}`, `ip:${addressHash}`];
}

export async function attemptSignIn(db: Kysely<Database>, attempt: Attempt, now: Date, secret: string): Promise<SignInResult> {
  const keys = throttleKeys(attempt.email, attempt.address, secret);
  const retryAt = await blockedUntil(db, keys, now);
  if (retryAt) return { ok: false, reason: "throttled", retryAt };
  const found = await findEditorByEmail(db, attempt.email);
  const passwordMatches = await verifyPassword(found?.passwordHash ?? null, attempt.password);
  if (!found || !passwordMatches || found.disabled) {
    await recordFailure(db, keys, now);
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(db, keys[0]!);
  return { ok: true, editor: { id: found.id, email: found.email, name: found.name, role: found.role, disabled: false } };
}

/** The reader's address as the proxy in front of the app reports it (first X-Forwarded-For hop). */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
