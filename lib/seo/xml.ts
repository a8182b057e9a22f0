// Escaping for hand-written XML: text and attribute values.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

export function xml(text: string): string {
  // Most text (every URL of a sitemap) has nothing to escape: returned as it is.
  if (!NEEDS_ESCAPING.test(text)) return text;
  // Characters XML 1.0 forbids are dropped rather than breaking the document.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';
