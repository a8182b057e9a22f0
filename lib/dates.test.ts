import { describe, expect, it } from "vitest";
import { calendarDay, formatDate, formatDateTime, formatLongDate, isoInZone, zoneOffsetMinutes } from "./dates";

// 2026-11-28 16:30 UTC: already the 29th in Singapore, still the 28th in New York.
const now = new Date("2026-11-28T16:30:00Z");

describe("dates in the newsroom's time zone", () => {
  it("names the calendar day of the zone, not of the server", () => {
    expect(calendarDay(now, "Asia/Singapore")).toBe("2026-11-29");
    expect(calendarDay(now, "America/New_York")).toBe("2026-11-28");
    expect(calendarDay(now, "UTC")).toBe("2026-11-28");
  });

  it("writes the date bar's long date", () => {
    expect(formatLongDate(now, "Asia/Singapore", "en-GB")).toBe("Sunday, 29 November 2026");
    expect(formatLongDate(now, "Europe/London", "en-GB")).toBe("Saturday, 28 November 2026");
  });

  it("writes dates and times for bylines and listings", () => {
    const published = new Date("2014-11-18T11:40:00Z");
    expect(formatDate(published, "Asia/Singapore", "en-GB")).toBe("18 November 2014");
    expect(formatDateTime(published, "Asia/Singapore", "en-GB")).toMatch(/^18 November 2014(,| at) 19:40$/);
  });

  it("gives machine-readable timestamps with the zone's offset, daylight saving included", () => {
    expect(isoInZone(new Date("2014-11-18T11:40:00Z"), "Asia/Singapore")).toBe("2014-11-18T19:40:00+08:00");
    expect(isoInZone(new Date("2026-07-01T12:00:00Z"), "Europe/London")).toBe("2026-07-01T13:00:00+01:00");
    expect(isoInZone(new Date("2026-01-01T12:00:00Z"), "Europe/London")).toBe("2026-01-01T12:00:00+00:00");
    expect(isoInZone(new Date("2026-01-01T12:00:00Z"), "Asia/Kathmandu")).toBe("2026-01-01T17:45:00+05:45");
    expect(isoInZone(new Date("2026-01-01T12:00:00Z"), "America/St_Johns")).toBe("2026-01-01T08:30:00-03:30");
    expect(zoneOffsetMinutes(new Date("2026-01-01T12:00:00Z"), "UTC")).toBe(0);
  });
});
