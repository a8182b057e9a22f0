import { describe, expect, it } from "vitest";
import { pagePath, pageWindow, paginate, parsePageParam } from "./pagination";

const items = Array.from({ length: 45 }, (_, i) => i + 1);

describe("paginate", () => {
  it("cuts 20 a page and counts the pages", () => {
    expect(paginate(items, 1)).toEqual({ items: items.slice(0, 20), page: 1, pageCount: 3 });
    expect(paginate(items, 3)?.items).toEqual([41, 42, 43, 44, 45]);
  });

  it("has no page past the last, nor before the first", () => {
    expect(paginate(items, 4)).toBeNull();
    expect(paginate(items, 0)).toBeNull();
    expect(paginate(items, Number.NaN)).toBeNull();
  });

  it("gives an empty list one empty page", () => {
    expect(paginate([], 1)).toEqual({ items: [], page: 1, pageCount: 1 });
  });
});

describe("page addresses", () => {
  it("keeps the first page at the listing's own address", () => {
    expect(pagePath("/asia", 1)).toBe("/asia");
    expect(pagePath("/asia", 2)).toBe("/asia/page/2");
  });

  it("accepts only plain page numbers", () => {
    expect(parsePageParam("2")).toBe(2);
    for (const bad of ["0", "02", "1.5", "-1", "two", ""]) expect(parsePageParam(bad)).toBeNaN();
    expect(parsePageParam("999999999")).toBe(999_999_999);
    for (const huge of ["1000000000", "999999999999999999999", "9".repeat(400), "99999999999999999999", "1e3"])
      expect(parsePageParam(huge)).toBeNaN();
  });

  it("shows first, last and neighbours, with gaps", () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 500)).toEqual([1, null, 8, 9, 10, 11, 12, null, 500]);
    expect(pageWindow(1, 1)).toEqual([1]);
  });
});
