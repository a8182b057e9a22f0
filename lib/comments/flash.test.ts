import { describe, expect, it } from "vitest";
import { config } from "../../proxy";
import { decodeFlash, encodeFlash, FLASH_COOKIE } from "./flash";

describe("the comment flash", () => {
  it("round-trips signed, and refuses a forged value", () => {
    const cookie = encodeFlash({ kind: "pending", commentId: 12 }, "secret");
    expect(decodeFlash(cookie, "secret")).toEqual({ kind: "pending", commentId: 12 });
    expect(decodeFlash(cookie, "another secret")).toBeNull();
    expect(decodeFlash("published.12.forged", "secret")).toBeNull();
  });

  it("wakes proxy.ts, whose matcher must spell the cookie's name literally", () => {
    const cookieKeys = config.matcher.flatMap((entry) =>
      typeof entry === "string" ? [] : entry.has.map((condition) => condition.key),
    );
    expect(cookieKeys).toContain(FLASH_COOKIE);
  });
});
