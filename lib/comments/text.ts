// Comment bodies are plain text: paragraphs and line breaks kept, web addresses linked, everything else escaped.
import { escapeHtml } from "../html";

// http(s) addresses and bare www. ones; trailing punctuation belongs to the sentence, not the link.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
const TRAILING = /[.,;:!?)\]}]+$/;

function linkify(line: string): string {
  let html = "";
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const raw = match[0];
    const trailing = TRAILING.exec(raw)?.[0] ?? "";
    const address = raw.slice(0, raw.length - trailing.length);
    const href = address.startsWith("www.") ? `https://${address}` : address;
    html +=
      escapeHtml(line.slice(last, match.index)) +
      `<a href="${escapeHtml(href)}" rel="nofollow ugc noopener">${escapeHtml(address)}</a>` +
      escapeHtml(trailing);
    last = match.index + raw.length;
  }
  return html + escapeHtml(line.slice(last));
}

export function commentToHtml(body: string): string {
  return body
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split("\n").map(linkify).join("<br>")}</p>`)
    .join("");
}

/** How many web addresses a comment contains: two or more hold it for moderation. */
export function linkCount(body: string): number {
  return [...body.matchAll(URL_PATTERN)].length;
}
