// Strict ISO 8601 timestamps with an explicit offset: the only date format content may use.

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-](\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a timestamp is unusable, or null when it is a real instant with an offset. */
export function isoTimestampProblem(value: string): string | null {
  const match = ISO_WITH_OFFSET.exec(value);
  if (!match) return "must be an ISO 8601 date and time with an offset, e.g. 2026-11-28T09:30:00+08:00";
  const [, y, mo, d, h, mi, s = "0", zone, oh = "0", om = "0"] = match;
  const year = Number(y), month = Number(mo), day = Number(d);
  if (month < 1 || month > 12) return `has an impossible month (${mo})`;
  if (day < 1 || day > daysInMonth(year, month)) return `has an impossible day (${y}-${mo}-${d})`;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return "has an impossible time of day";
  if (zone !== "Z" && (Number(oh) > 14 || Number(om) > 59)) return "has an impossible offset";
  return null;
}
