// Splits a list into numbered pages; page URLs are "/base" for the first and "/base/page/N" after.

export const PAGE_SIZE = 20;

export type Page<T> = { items: T[]; page: number; pageCount: number };

/** The requested page, or null when it does not exist (the route answers 404). */
export function paginate<T>(items: T[], page: number, pageSize = PAGE_SIZE): Page<T> | null {
  const pages = pageCount(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageCount: pages };
}

/** How many pages `total` items fill: at least one, so an empty listing still has its first page. */
export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}/page/${page}`;
}

/**
 * "2" → 2; anything but a plain positive whole number of at most 9 digits (e.g. "02", "1.5", "x", 21 digits) → NaN.
 * Beyond that no listing has pages, and offsets would stop being exact numbers in JS and SQL.
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
