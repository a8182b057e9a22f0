// Splits a list into numbered pages; page URLs are "/base" for the first and "/base/page/N" after.

export const PAGE_SIZE = 20;

export type Page<T> = { items: T[]; page: number; pageCount: number };

/** The requested page, or null when it does not exist (the route answers 404). */
export function paginate<T>(items: T[], page: number, pageSize = PAGE_SIZE): Page<T> | null {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageCount };
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}/page/${page}`;
}

/**
 * "2" → 2; anything but a plain positive whole number (e.g. "02", "1.5", "x") → NaN. Nine digits at most: no listing
 * has a billion pages, and a bigger number would overflow the database's OFFSET (a 500 instead of a 404).
 */
export function parsePageParam(value: string): number {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : Number.NaN;
}

/** Page numbers to show as links: the first, the last and two either side of the current; null marks a gap. */
export function pageWindow(page: number, count: number, spread = 2): (number | null)[] {
  const shown = new Set([1, count]);
  for (let n = page - spread; n <= page + spread; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - (sorted[i - 1] ?? n) > 1 ? [null, n] : [n]));
}
