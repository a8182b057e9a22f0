// The one place where tokens are signed and values hashed with the site secret. Each purpose gets its own key,
// derived from the secret with HKDF, so a token (or hash) made for one purpose is worthless for any other.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { authSecret } from "../auth/secret";

/** Every use of the site secret. Adding one is deliberate: it gets a key of its own. */
export type Purpose =
  | "preview-link"
  | "comment-form"
  | "comment-flash"
  | "comment-address"
  | "comment-email"
  | "comment-reporter"
  | "sign-in-account"
  | "sign-in-address";

const keys = new Map<string, Buffer>();

function keyFor(purpose: Purpose, secret: string): Buffer {
  const id = `${purpose}\0${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "meridian-post", purpose, 32));
    if (keys.size > 64) keys.clear(); // only tests use more than one secret
    keys.set(id, key);
  }
  return key;
}

function mac(purpose: Purpose, payload: string, secret: string): string {
  return createHmac("sha256", keyFor(purpose, secret)).update(payload).digest("base64url");
}

/** `payload.signature`; the payload is readable by anyone, so it must hold nothing secret. */
export function sign(purpose: Purpose, payload: string, secret = authSecret()): string {
  return `${payload}.${mac(purpose, payload, secret)}`;
}

/** The payload of a token signed for this purpose with this secret, or null (tampered, truncated, other purpose). */
export function verify(purpose: Purpose, token: string, secret = authSecret()): string | null {
  const dot = token.lastIndexOf(".");
  if (dot < 0) return null;
  const payload = token.slice(0, dot);
  // The signature's text itself is compared (base64url decoding is lenient), in constant time, and only buffers of
  // equal length (timingSafeEqual throws otherwise).
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(purpose, payload, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return payload;
}

/** A stable pseudonym for a value (an address, an email): recognisable with the secret, never reversible. */
export function keyedHash(purpose: Purpose, value: string, secret = authSecret()): string {
  return mac(purpose, value, secret);
}
