import { describe, expect, it } from "vitest";
import { searchParam } from "./search-param";

describe("searchParam", () => {
  it("reads a repeated name as its first value, and an absent one as undefined", () => {
    expect(searchParam("a")).toBe("a");
    expect(searchParam(["b", "c"])).toBe("b");
    expect(searchParam([])).toBeUndefined();
    expect(searchParam(undefined)).toBeUndefined();
  });
});
