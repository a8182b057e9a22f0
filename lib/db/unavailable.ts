// Tells "the database cannot be reached or is overloaded right now" (a restart, a failover, a stuck query) apart from
// a bug, so that handlers answer 503 "try again" for the first and let the second fail loudly.

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
]);
// SQLSTATE: class 08 connection exceptions; 53300 too many connections; 57P01-57P03 shutdown and start-up;
// 57014 statement timeout. SQLite: the file stayed locked past busy_timeout.
const DATABASE_CODES = new Set(["53300", "57P01", "57P02", "57P03", "57014", "SQLITE_BUSY", "SQLITE_LOCKED"]);
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Query read timeout/i,
  /is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

export const UNAVAILABLE_MESSAGE = "Comments are temporarily unavailable. Please try again in a minute.";

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === "string" && (NETWORK_CODES.has(code) || DATABASE_CODES.has(code) || code.startsWith("08")))
    return true;
  if (typeof message === "string" && MESSAGES.some((pattern) => pattern.test(message))) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/** Runs `work`; a database out of reach becomes `{ kind: "unavailable" }` for the caller to answer 503, not a crash. */
export async function unlessUnavailable<T>(work: () => Promise<T>): Promise<T | { kind: "unavailable" }> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { kind: "unavailable" };
    throw error;
  }
}
