import { describe, expect, it } from "vitest";
import {
  dismiss,
  EMPTY_STATE,
  fillPlaceholders,
  parseState,
  recordView,
  shouldShowBanner,
  viewsInWindow,
} from "./rules";

const frequency = { fromView: 2, viewWindowDays: 30, dismissDays: 7 };
const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000);

describe("the banner's frequency", () => {
  it("stays away on the first article and shows from the second within 30 days", () => {
    const first = recordView(EMPTY_STATE, "a", day(0), 30);
    expect(shouldShowBanner(first, day(0), frequency)).toBe(false);
    const second = recordView(first, "b", day(1), 30);
    expect(shouldShowBanner(second, day(1), frequency)).toBe(true);
    expect(shouldShowBanner(recordView(first, "b", day(31), 30), day(31), frequency)).toBe(false);
  });

  it("does not count a reload of the same article as another view", () => {
    const once = recordView(EMPTY_STATE, "a", day(0), 30);
    expect(viewsInWindow(recordView(once, "a", new Date(day(0).getTime() + 60_000), 30), day(0), 30)).toBe(1);
  });

  it("stays closed for 7 days after the reader closes it", () => {
    let state = recordView(recordView(EMPTY_STATE, "a", day(0), 30), "b", day(0), 30);
    state = dismiss(state, day(0));
    state = recordView(state, "c", day(6.9), 30);
    expect(shouldShowBanner(state, day(6.9), frequency)).toBe(false);
    expect(shouldShowBanner(recordView(state, "d", day(7), 30), day(7), frequency)).toBe(true);
  });

  it("survives broken storage", () => {
    expect(parseState("{not json")).toEqual(EMPTY_STATE);
    expect(parseState('{"views":[{"at":"x"}],"dismissedAt":"y"}')).toEqual(EMPTY_STATE);
  });
});

describe("fillPlaceholders", () => {
  it("fills what it can and drops only the sentence it cannot", () => {
    const text = "You have read {articlesRead} articles this month. Thank you for reading!";
    expect(fillPlaceholders(text, { articlesRead: 12 })).toBe(
      "You have read 12 articles this month. Thank you for reading!",
    );
    expect(fillPlaceholders(text, {})).toBe("Thank you for reading!");
    expect(fillPlaceholders("Only {unknown} here.", { articlesRead: 3 })).toBe("");
  });
});
