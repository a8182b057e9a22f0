import { describe, expect, it } from "vitest";
import { isoTimestampProblem } from "./timestamps";

describe("isoTimestampProblem", () => {
  it.each(["2014-11-18T19:40:00+08:00", "2024-02-29T00:00Z", "2026-11-28T23:59:59.5-05:00"])("accepts %s", (value) => {
    expect(isoTimestampProblem(value)).toBeNull();
  });

  it.each([
    ["2014-11-18", /with an offset/],
    ["2014-11-18T19:40:00", /with an offset/],
    ["18/11/2014 19:40", /with an offset/],
    ["2025-02-29T10:00:00+00:00", /impossible day/],
    ["2024-04-31T10:00:00+00:00", /impossible day/],
    ["2024-13-01T10:00:00+00:00", /impossible month/],
    ["2024-01-01T24:00:00+00:00", /impossible time/],
    ["2024-01-01T10:60:00+00:00", /impossible time/],
    ["2024-01-01T10:00:00+15:00", /impossible offset/],
  ])("rejects %s", (value, message) => {
    expect(isoTimestampProblem(value)).toMatch(message);
  });
});
