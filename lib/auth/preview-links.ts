// Shareable preview links: a signed, expiring token that reveals one unpublished article and nothing else.
import { sign, verify } from "../security/signing";

export const DEFAULT_PREVIEW_LINK_HOURS = 48;

type Payload = { slug: string; expiresAt: number };

export function createPreviewToken(
  slug: string,
  now: Date,
  secret: string,
  hours = DEFAULT_PREVIEW_LINK_HOURS,
): string {
  const payload = Buffer.from(JSON.stringify({ s: slug, e: now.getTime() + hours * 3_600_000 })).toString("base64url");
  return sign("preview-link", payload, secret);
}

/** The article the token opens, or why it opens nothing. */
export function verifyPreviewToken(
  token: string,
  now: Date,
  secret: string,
): { ok: true; value: Payload } | { ok: false; reason: "malformed" | "forged" | "expired" } {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: "malformed" };
  if (verify("preview-link", token, secret) === null) return { ok: false, reason: "forged" };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const { s, e } = (decoded ?? {}) as { s?: unknown; e?: unknown };
  if (typeof s !== "string" || typeof e !== "number") return { ok: false, reason: "malformed" };
  if (now.getTime() >= e) return { ok: false, reason: "expired" };
  return { ok: true, value: { slug: s, expiresAt: e } };
}
