// Pages and payloads Next.js answers from its cache are the same string request after request; this server prepares
// each such body once, its ETag and its bytes, and remembers them for the next requests:
// - Next tags them itself (`generateEtags`) by hashing the whole body in JavaScript, one character at a time, on
//   every request: some 0.2 ms for a 139 KB article, a fifth of the server's CPU time per cached page
//   (bench:throughput). scripts/start.mjs switches Next's own tagging off.
// - Node writes a string body after the headers by joining the two into one string, then encoding it: past 128 KB
//   that string is a large object V8 maps and unmaps on every request (the 130 KB articles of bench:scale ran at
//   three quarters of the rate of 128 KB ones). The bytes are written as they are instead.
// The rules are Next's: a 200 answer to GET whose whole body is given at once (a cached page or its RSC payload, not a
// render streamed as it is made) gets a strong ETag, and a request whose If-None-Match names it gets 304, no body.
import { createHash } from "node:crypto";
import fresh from "next/dist/compiled/fresh/index.js";

/** Bodies remembered, at most (their characters and their bytes): the pages read most at any moment, not the archive. */
const REMEMBERED_BYTES = 16 * 1024 * 1024;

/** A function that answers one response with its body's remembered tag and bytes (shared by all responses). */
export function cachedBodies() {
  /** Body (a string) → its tag and bytes, least recently used first. Map compares string keys by content. */
  const prepared = new Map();
  let remembered = 0;

  /** @param {string | Uint8Array} body @returns {{ tag: string, bytes: Uint8Array }} */
  function prepare(body) {
    // Bytes are tagged each time: a buffer is known only by identity, and its owner may fill it anew.
    if (typeof body !== "string") return { tag: tagOf(body), bytes: body };
    let entry = prepared.get(body);
    if (entry !== undefined) {
      prepared.delete(body);
    } else {
      const bytes = Buffer.from(body);
      entry = { tag: tagOf(bytes), bytes };
      remembered += body.length + bytes.length;
      for (const [oldest, its] of prepared) {
        if (remembered <= REMEMBERED_BYTES) break;
        prepared.delete(oldest);
        remembered -= oldest.length + its.bytes.length;
      }
    }
    prepared.set(body, entry);
    return entry;
  }

  return (request, response) => {
    if (request.method !== "GET") return;
    const end = response.end;
    response.end = function (chunk, encoding, callback) {
      const whole = typeof chunk === "string" || chunk instanceof Uint8Array;
      // Headers not sent yet: nothing was written before, so this is the whole body.
      const mine = whole && chunk.length > 0 && !response.headersSent && response.statusCode === 200;
      if (!mine || response.hasHeader("etag")) return end.apply(this, arguments);
      const { tag, bytes } = prepare(chunk);
      response.setHeader("ETag", tag);
      const done = typeof encoding === "function" ? encoding : callback;
      if (!fresh(request.headers, { etag: tag })) return end.call(this, bytes, done);
      // As Next answers it: the headers a 200 would carry (Cache-Control, Vary…), no body, none of its length or type.
      response.statusCode = 304;
      response.removeHeader("content-length");
      response.removeHeader("content-type");
      return end.call(this, done);
    };
  };
}

/** @param {Uint8Array} bytes */
function tagOf(bytes) {
  return `"${createHash("sha1").update(bytes).digest("base64url")}"`;
}
