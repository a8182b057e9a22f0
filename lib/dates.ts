// Date formatting for readers and machines, always in the site's time zone. Pure: `now` is passed in.

/** Formatters kept by their options: making one costs more than formatting with it (and native memory until the
 * garbage collector frees it), and a page formats dozens of dates. A site has one language and zone: few are kept. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\0${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** "Saturday, 28 November 2026" in the given zone and language. */
export function formatLongDate(instant: Date, timeZone: string, locale: string): string {
  return formatter(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(instant);
}

/** "18 November 2014, 19:40" in the given zone and language. */
export function formatDateTime(instant: Date, timeZone: string, locale: string): string {
  return formatter(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(instant);
}

/** "18 November 2014" in the given zone and language. */
export function formatDate(instant: Date, timeZone: string, locale: string): string {
  return formatter(locale, { day: "numeric", month: "long", year: "numeric", timeZone }).format(instant);
}

/** The zone's offset from UTC at that instant, in minutes (e.g. 480 for +08:00). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatter("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** ISO 8601 with the zone's offset, e.g. "2014-11-18T19:40:00+08:00": what `<time datetime>` and JSON-LD carry. */
export function isoInZone(instant: Date, timeZone: string): string {
  const offset = zoneOffsetMinutes(instant, timeZone);
  const local = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offset * 60000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The calendar day ("2026-11-28") in the zone: what decides that the date bar must change. */
export function calendarDay(instant: Date, timeZone: string): string {
  return isoInZone(instant, timeZone).slice(0, 10);
}
