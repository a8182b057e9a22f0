// Escaping for hand-written XML: text and attribute values.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function xml(text: string): string {
  // Characters XML 1.0 forbids are dropped rather than breaking the document.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';
