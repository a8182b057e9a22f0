// Snippets with the matched words in <mark>: FTS5 wraps matches in sentinel characters that the indexed text can never
// contain (text.ts strips them), the text is escaped, and only then are the sentinels turned into elements.
import { escapeHtml } from "../html";

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** Safe HTML from a snippet of plain text with sentinel-marked matches. Unbalanced markers are dropped. */
export function snippetHtml(snippet: string): string {
  let html = "";
  let open = false;
  for (const part of snippet.split(/([\uE000\uE001])/)) {
    if (part === MARK_START) {
      if (!open) html += "<mark>";
      open = true;
    } else if (part === MARK_END) {
      if (open) html += "</mark>";
      open = false;
    } else html += escapeHtml(part.replace(/[\uE000-\uF8FF]/g, ""));
  }
  return open ? `${html}</mark>` : html;
}

export function hasMark(snippet: string): boolean {
  return snippet.includes(MARK_START);
}
