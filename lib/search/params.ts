// The search page's address: what a reader may put in it (q, section, from, to, page), read and checked in one place,
// and the addresses of its pages and filters written back the same way. Pure; proxy.ts refuses what cannot be read
// (400) before the page runs.
import { zoneOffsetMinutes } from "../dates";
import { parsePageParam } from "../pagination";
import { cleanQuery } from "./query";

export const SEARCH_PATH = "/search";

export type SearchForm = {
  /** As typed, cleaned and capped (query.ts); "" when the reader has not searched yet. */
  q: string;
  section: string;
  /** Calendar days in the site's zone, "2024-05-31", inclusive; "" when not set. */
  from: string;
  to: string;
  page: number;
};

export type ReadSearch = { form: SearchForm; problem: null } | { form: null; problem: string };

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function one(params: Params, name: string): string {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2024-02-29" is a day; "2023-02-29", "2024-13-01" and "24-1-1" are not. */
export function isCalendarDay(text: string): boolean {
  const parts = DAY.exec(text);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function readSearchParams(params: Params): ReadSearch {
  const section = one(params, "section").trim();
  const from = one(params, "from").trim();
  const to = one(params, "to").trim();
  const pageText = one(params, "page").trim();
  if (section && !/^[a-z0-9-]{1,64}$/.test(section)) return { form: null, problem: "There is no such section." };
  for (const [label, day] of [
    ["start", from],
    ["end", to],
  ] as const) {
    if (day && !isCalendarDay(day))
      return { form: null, problem: `The ${label} date must be a calendar day written as YYYY-MM-DD.` };
  }
  if (from && to && from > to) return { form: null, problem: "The start date is after the end date." };
  const page = pageText ? parsePageParam(pageText) : 1;
  if (Number.isNaN(page)) return { form: null, problem: "The page number must be a whole number from 1." };
  return { form: { q: cleanQuery(one(params, "q")), section, from, to, page }, problem: null };
}

/** The instant a calendar day begins in the zone. */
export function startOfDay(day: string, timeZone: string): Date {
  const utc = Date.parse(`${day}T00:00:00Z`);
  let instant = utc - zoneOffsetMinutes(new Date(utc), timeZone) * 60_000;
  // Once more at the instant found, in case the offset changed in between (summer time).
  instant = utc - zoneOffsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** The date filters as instants: from the start of `from` up to the start of the day after `to`. */
export function dateRange(form: Pick<SearchForm, "from" | "to">, timeZone: string): { from?: Date; until?: Date } {
  const next = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    ...(form.from ? { from: startOfDay(form.from, timeZone) } : {}),
    ...(form.to ? { until: startOfDay(next(form.to), timeZone) } : {}),
  };
}

/** A results page's address, with only the fields that are set; page 1 has no page number. */
export function searchHref(form: Omit<SearchForm, "page">, page = 1): string {
  const params = new URLSearchParams();
  params.set("q", form.q);
  if (form.section) params.set("section", form.section);
  if (form.from) params.set("from", form.from);
  if (form.to) params.set("to", form.to);
  if (page > 1) params.set("page", String(page));
  return `${SEARCH_PATH}?${params.toString()}`;
}
