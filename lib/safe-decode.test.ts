import { describe, expect, it } from "vitest";
import { safeDecode } from "./safe-decode";

describe("safeDecode", () => {
  it("decodes well-formed escapes, including multi-byte UTF-8", () => {
    expect(safeDecode("/asia/russia%2Dchina")).toBe("/asia/russia-china");
    expect(safeDecode("/%E0%A4%A8")).toBe("/न");
    expect(safeDecode("/plain")).toBe("/plain");
  });

  it("answers null, never throws, for malformed escapes and invalid UTF-8", () => {
    for (const bad of ["/%E0%A4%A", "/asia/%ff%fe", "/%", "/%zz", "/%C0%AF", "/%ED%A0%80"]) {
      expect(safeDecode(bad), bad).toBeNull();
    }
  });
});
