import { describe, expect, it } from "vitest";
import { createPreviewToken, verifyPreviewToken } from "./preview-links";

const now = new Date("2026-11-28T10:00:00Z");
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);
const SECRET = "s3cret";

describe("shareable preview links", () => {
  it("open their one article until they expire, 48 hours by default", () => {
    const token = createPreviewToken("a-draft", now, SECRET);
    expect(verifyPreviewToken(token, hours(47.9), SECRET)).toEqual({
      ok: true,
      value: { slug: "a-draft", expiresAt: hours(48).getTime() },
    });
    expect(verifyPreviewToken(token, hours(48), SECRET)).toEqual({ ok: false, reason: "expired" });
  });

  it("reject a token whose article or expiry was changed", () => {
    const token = createPreviewToken("a-draft", now, SECRET);
    const [, signature] = token.split(".");
    const forgedPayload = Buffer.from(JSON.stringify({ s: "another-draft", e: hours(48).getTime() })).toString(
      "base64url",
    );
    expect(verifyPreviewToken(`${forgedPayload}.${signature}`, now, SECRET)).toEqual({ ok: false, reason: "forged" });
    const longer = Buffer.from(JSON.stringify({ s: "a-draft", e: hours(9999).getTime() })).toString("base64url");
    expect(verifyPreviewToken(`${longer}.${signature}`, now, SECRET)).toEqual({ ok: false, reason: "forged" });
  });

  it("reject tokens signed with another secret, and garbage", () => {
    expect(verifyPreviewToken(createPreviewToken("a-draft", now, "other"), now, SECRET)).toEqual({
      ok: false,
      reason: "forged",
    });
    for (const junk of ["", "abc", "a.b.c", "%%%.***"]) expect(verifyPreviewToken(junk, now, SECRET).ok).toBe(false);
  });

  it("can be made to last another number of hours", () => {
    const token = createPreviewToken("a-draft", now, SECRET, 1);
    expect(verifyPreviewToken(token, hours(1), SECRET)).toEqual({ ok: false, reason: "expired" });
  });
});
