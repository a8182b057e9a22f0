// Reads the fields of a comment posted to the API: JSON, form-encoded or multipart, within a size limit. Anything
// else gets a 4xx with a reason rather than an exception: unsupported type 415, too large 413, unreadable 400.

/** Far above the largest valid comment (5,000 characters, even as JSON \u escapes), far below a costly body. */
export const MAX_BODY_BYTES = 64 * 1024;

export type FieldsResult =
  { ok: true; fields: Record<string, unknown> } | { ok: false; status: 400 | 413 | 415; error: string };

const TYPES = ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"] as const;
const tooLarge = {
  ok: false,
  status: 413,
  error: `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`,
} as const;
const unreadable = (what: string) =>
  ({ ok: false, status: 400, error: `The request body is not valid ${what}.` }) as const;

/** The body's bytes, or null past `limit`: stops reading there (and says so early when Content-Length does). */
async function readCapped(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  return bytes;
}

/** URLSearchParams accepts anything; a body with a broken %-escape or bytes that are not UTF-8 is a broken client. */
function wellFormedUrlEncoded(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    for (const part of text.split(/[&=]/)) decodeURIComponent(part.replace(/\+/g, " "));
    return true;
  } catch {
    return false;
  }
}

export async function readCommentFields(request: Request, limit = MAX_BODY_BYTES): Promise<FieldsResult> {
  const contentType = request.headers.get("content-type") ?? "";
  const type = TYPES.find((name) => contentType.split(";")[0]!.trim().toLowerCase() === name);
  if (!type)
    return {
      ok: false,
      status: 415,
      error: "Send the comment as application/json, application/x-www-form-urlencoded or multipart/form-data.",
    };
  const bytes = await readCapped(request, limit).catch(() => undefined);
  if (bytes === null) return tooLarge;
  if (bytes === undefined) return unreadable("data");

  if (type === "application/json") {
    try {
      const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
      if (typeof value !== "object" || value === null || Array.isArray(value))
        return unreadable("JSON: expected an object of fields");
      return { ok: true, fields: value as Record<string, unknown> };
    } catch {
      return unreadable("JSON");
    }
  }
  if (type === "application/x-www-form-urlencoded" && !wellFormedUrlEncoded(bytes)) return unreadable("form data");
  try {
    const form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
    // Only text fields: an uploaded file is no name, email or comment.
    const fields = Object.fromEntries(
      [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
    return { ok: true, fields };
  } catch {
    return unreadable(type === "multipart/form-data" ? "multipart form data" : "form data");
  }
}

/**
 * A field as text, whatever JSON put there: strings as they are, numbers and booleans spelled out, nothing as "".
 * Anything else (an object, an array) becomes a placeholder that no rule accepts, and fills the honeypot.
 */
export function fieldText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return value === null || value === undefined ? "" : "[not text]";
}
