import { describe, expect, it } from "vitest";
import { dateRange, readSearchParams, searchHref, startOfDay } from "./params";

describe("readSearchParams", () => {
  it("reads a full form, empty fields meaning no filter", () => {
    expect(readSearchParams({ q: " coral  reef ", section: "", from: "", to: "" }).form).toEqual({
      q: "coral reef",
      section: "",
      from: "",
      to: "",
      page: 1,
    });
    expect(readSearchParams(new URLSearchParams("q=a&section=asia&from=2024-01-01&to=2024-12-31&page=3")).form).toEqual(
      {
        q: "a",
        section: "asia",
        from: "2024-01-01",
        to: "2024-12-31",
        page: 3,
      },
    );
  });
  it("takes the first of a repeated field", () => {
    expect(readSearchParams({ q: ["first", "second"] }).form?.q).toBe("first");
  });
  it("refuses what cannot be read, with a reason", () => {
    for (const params of [
      { page: "0" },
      { page: "abc" },
      { page: "9".repeat(40) },
      { from: "2023-02-29" },
      { to: "31/12/2024" },
      { from: "2025-01-01", to: "2024-01-01" },
      { section: "<script>" },
    ]) {
      expect(readSearchParams(params).problem, JSON.stringify(params)).toMatch(/\w{3,}/);
    }
  });
});

describe("dates", () => {
  it("start a day in the site's zone", () => {
    expect(startOfDay("2024-06-01", "Asia/Singapore").toISOString()).toBe("2024-05-31T16:00:00.000Z");
    expect(startOfDay("2024-07-01", "Europe/London").toISOString()).toBe("2024-06-30T23:00:00.000Z");
  });
  it("run to the end of the last day", () => {
    expect(dateRange({ from: "", to: "2024-12-31" }, "UTC")).toEqual({ until: new Date("2025-01-01T00:00:00Z") });
  });
});

describe("searchHref", () => {
  it("writes only the fields that are set, escaped", () => {
    expect(searchHref({ q: 'a&b "c"', section: "", from: "", to: "" })).toBe("/search?q=a%26b+%22c%22");
    expect(searchHref({ q: "x", section: "asia", from: "2024-01-01", to: "" }, 2)).toBe(
      "/search?q=x&section=asia&from=2024-01-01&page=2",
    );
  });
});
