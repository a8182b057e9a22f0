// Percent-decoding that never throws: a malformed escape ("%E0%A4%A") or invalid UTF-8 ("%ff%fe") is bad input from
// the visitor, to be answered with a 4xx, never an exception that becomes a 500.

/** `text` with its percent-escapes decoded, or null when they are malformed or spell invalid UTF-8. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
