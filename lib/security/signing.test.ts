import { describe, expect, it } from "vitest";
import { keyedHash, sign, verify, type Purpose } from "./signing";

const SECRET = "the site secret";

describe("the signing module", () => {
  it("verifies its own tokens and gives the payload back", () => {
    expect(verify("preview-link", sign("preview-link", "payload.with.dots", SECRET), SECRET)).toBe("payload.with.dots");
  });

  it("does not verify a token signed for another purpose", () => {
    const purposes: Purpose[] = ["preview-link", "comment-form", "comment-flash", "comment-address", "sign-in-address"];
    for (const made of purposes) {
      const token = sign(made, "1700000000000", SECRET);
      for (const checked of purposes)
        expect(verify(checked, token, SECRET) !== null, `${made} → ${checked}`).toBe(made === checked);
    }
  });

  it("refuses tampered, truncated and extended tokens, and garbage", () => {
    const token = sign("comment-form", "1700000000000", SECRET);
    const [payload, signature] = token.split(".") as [string, string];
    const flipped = signature.replace(/^./, (c) => (c === "A" ? "B" : "A"));
    for (const bad of [
      `1700000000001.${signature}`,
      `${payload}.${flipped}`,
      token.slice(0, -1),
      `${token}A`,
      `${token}=`,
      payload,
      "",
      ".",
      "a.b.c",
    ]) {
      expect(verify("comment-form", bad, SECRET), bad).toBeNull();
    }
  });

  it("refuses tokens made with another secret: after a rotation old tokens simply stop working", () => {
    expect(verify("comment-flash", sign("comment-flash", "pending.3", "old secret"), SECRET)).toBeNull();
  });

  it("hashes per purpose and per secret, stably", () => {
    const hash = keyedHash("comment-address", "192.0.2.1", SECRET);
    expect(keyedHash("comment-address", "192.0.2.1", SECRET)).toBe(hash);
    expect(keyedHash("sign-in-address", "192.0.2.1", SECRET)).not.toBe(hash);
    expect(keyedHash("comment-address", "192.0.2.1", "another secret")).not.toBe(hash);
    expect(hash).not.toContain("192.0.2.1");
  });
});
