// The comment limits, in a module with no imports so the browser's comment form can use them too.
export const LIMITS = {
  nameMax: 80,
  bodyMin: 2,
  bodyMax: 5000,
  perTenMinutes: 5,
  perDay: 30,
  /** Faster than this after the form was rendered, a post is held for an editor: people read before they write. */
  minSecondsOnPage: 3,
  /** Older than this, the form is refused as stale and the reader asked to reload. */
  maxTokenAgeDays: 7,
  duplicateWindowMinutes: 10,
  reportsToHide: 3,
  /** Reports one address may send in an hour: enough for a reader, too few to take a conversation down. */
  reportsPerHour: 10,
  threadsPerPage: 50,
  /** A report's optional details, kept to this many characters. */
  reportDetailsMax: 500,
} as const;
