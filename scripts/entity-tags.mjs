// ETags for the pages and payloads Next.js answers from its cache. Next tags them itself (`generateEtags`) by hashing
// the whole body in JavaScript, one character at a time, on every request: some 0.2 ms for a 139 KB article, a fifth
// of the server's CPU time per cached page (bench:throughput). A cached page is the same string request after request,
// so this server tags each body once and remembers the tag; scripts/start.mjs switches Next's own tagging off.
// The rules are Next's: a 200 answer to GET whose whole body is given at once (a cached page or its RSC payload, not a
// render streamed as it is made) gets a strong ETag, and a request whose If-None-Match names it gets 304, no body.
import { createHash } from "node:crypto";
import fresh from "next/dist/compiled/fresh/index.js";

/** Bodies whose tags are remembered, at most: the pages read most at any moment, not the archive. */
const REMEMBERED_CHARACTERS = 8 * 1024 * 1024;

/** A function that tags one response's body, remembering the tags of recent bodies (shared by all responses). */
export function entityTagger() {
  /** Body → tag, least recently used first. Map compares string keys by content, so a tag is never another's. */
  const tags = new Map();
  let remembered = 0;

  /** @param {string | Uint8Array} body */
  function tagOf(body) {
    let tag = tags.get(body);
    if (tag !== undefined) {
      tags.delete(body);
    } else {
      tag = `"${createHash("sha1").update(body).digest("base64url")}"`;
      remembered += body.length;
      for (const [oldest] of tags) {
        if (remembered <= REMEMBERED_CHARACTERS) break;
        tags.delete(oldest);
        remembered -= oldest.length;
      }
    }
    tags.set(body, tag);
    return tag;
  }

  return (request, response) => {
    if (request.method !== "GET") return;
    const end = response.end;
    response.end = function (chunk, encoding, callback) {
      const whole = typeof chunk === "string" || chunk instanceof Uint8Array;
      // Headers not sent yet: nothing was written before, so this is the whole body.
      if (!whole || chunk.length === 0 || response.headersSent || response.statusCode !== 200) {
        return end.apply(this, arguments);
      }
      if (response.hasHeader("etag")) return end.apply(this, arguments);
      const tag = tagOf(chunk);
      response.setHeader("ETag", tag);
      if (!fresh(request.headers, { etag: tag })) return end.apply(this, arguments);
      // As Next answers it: the headers a 200 would carry (Cache-Control, Vary…), no body, none of its length or type.
      response.statusCode = 304;
      response.removeHeader("content-length");
      response.removeHeader("content-type");
      const done = [encoding, callback].find((argument) => typeof argument === "function");
      return end.call(this, done);
    };
  };
}
