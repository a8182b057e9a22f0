// Checks an email and password against the editors table, within the brute-force limits (./throttle.ts).
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { keyedHash } from "../security/signing";
import { findEditorByEmail, normaliseEmail, type Editor } from "./editors";
import { verifyPassword } from "./passwords";
import { admitAttempt, settleAttempt, type ThrottleKeys } from "./throttle";

export type SignInResult =
  { ok: true; editor: Editor } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryAt: Date };

/** `address` is the client's address key (lib/http/client-address.ts). */
type Attempt = { email: string; password: string; address: string };

/** Injected by tests; the defaults are the real ones. */
export type SignInDependencies = {
  verify?: (passwordHash: string | null, password: string) => Promise<boolean>;
  sleep?: (ms: number) => Promise<void>;
};

/** The account and the address are counted by keyed hash, never stored as they are. */
export function throttleKeys(email: string, address: string, secret: string): ThrottleKeys {
  return {
    account: keyedHash("sign-in-account", normaliseEmail(email), secret),
    address: keyedHash("sign-in-address", address, secret),
  };
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function attemptSignIn(
  db: Kysely<Database>,
  attempt: Attempt,
  now: Date,
  secret: string,
  { verify = verifyPassword, sleep = wait }: SignInDependencies = {},
): Promise<SignInResult> {
  const keys = throttleKeys(attempt.email, attempt.address, secret);
  const admission = await admitAttempt(db, keys, now);
  if (!admission.admitted) return { ok: false, reason: "throttled", retryAt: admission.retryAt };
  if (admission.delayMs > 0) await sleep(admission.delayMs);
  const found = await findEditorByEmail(db, attempt.email);
  const passwordMatches = await verify(found?.passwordHash ?? null, attempt.password);
  const succeeded = !!found && passwordMatches && !found.disabled;
  await settleAttempt(db, admission.attemptId, keys, succeeded, now);
  if (!succeeded) return { ok: false, reason: "invalid" };
  return {
    ok: true,
    editor: { id: found.id, email: found.email, name: found.name, role: found.role, disabled: false },
  };
}
