// Comment ids as they arrive in addresses and forms: only what the database can hold is ever looked up.

/** The largest id a comments table holds (PostgreSQL `integer`); anything larger names no comment. */
export const MAX_COMMENT_ID = 2_147_483_647;

/** A plain positive whole number within range; anything else (e.g. "01", "-1", "1e3", 21 digits) names no comment. */
export function isCommentId(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_COMMENT_ID;
}

/** "12" → 12; anything else → null. */
export function parseCommentId(value: unknown): number | null {
  if (typeof value !== "string" || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return isCommentId(id) ? id : null;
}
