// Next.js 16 answers a page that calls notFound() while rendering on request with an empty document: the not-found
// page exists only in its script payload, so a reader without JavaScript (and any crawler that reads HTML) gets a
// blank page (vercel/next.js#98295). The not-found page Next prerendered at build is complete and is what Next itself
// serves for addresses no route matches; a 404 that starts as the empty document is answered with it instead.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const EMPTY_DOCUMENT = '<!DOCTYPE html><html id="__next_error__"';

/**
 * Where a section has its own not-found.tsx (an expired preview link explains itself): Next's answer stays there, as
 * the prerendered page is the site-wide one. scripts/not-found-page.test.ts checks this list against app/.
 */
export const OWN_NOT_FOUND_PAGES = ["/preview/"];

/** A function that makes one response answer with the prerendered not-found page if Next starts an empty one. */
export function notFoundPageMender(distDir) {
  const file = path.join(distDir, "server", "app", "_not-found.html");
  const page = existsSync(file) ? readFileSync(file) : null;
  if (!page) console.warn(`${file} is missing: 404s rendered on request will be blank without JavaScript`);
  return (request, response) => {
    if (page && !OWN_NOT_FOUND_PAGES.some((prefix) => request.url?.startsWith(prefix)))
      mendEmptyNotFound(response, page);
  };
}

function mendEmptyNotFound(response, page) {
  const { write, end } = response;
  let mending;
  // Decided on the first bytes: by then Next has set the status, and the empty document announces itself at once.
  const decide = (chunk) => {
    if (mending === undefined) {
      // Next streams it: its headers are usually sent already, without a length, so another body can follow.
      const lengthSent = response.headersSent && response.getHeader("content-length") !== undefined;
      mending = response.statusCode === 404 && !lengthSent && startsWith(chunk, EMPTY_DOCUMENT);
      if (mending && !response.headersSent) {
        // A cached one comes with its own length: the page that replaces it has another.
        response.removeHeader("content-length");
        response.removeHeader("etag");
      }
    }
    return mending;
  };
  response.write = function (chunk, encoding, callback) {
    if (!decide(chunk)) return write.apply(this, arguments);
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  };
  response.end = function (chunk, encoding, callback) {
    const body = typeof chunk === "function" ? undefined : chunk;
    if (!decide(body)) return end.apply(this, arguments);
    const done = [chunk, encoding, callback].find((argument) => typeof argument === "function");
    return end.call(this, page, done);
  };
}

function startsWith(chunk, text) {
  if (typeof chunk === "string") return chunk.startsWith(text);
  if (!(chunk instanceof Uint8Array)) return false;
  return (
    Buffer.from(chunk.buffer, chunk.byteOffset, Math.min(chunk.byteLength, text.length)).toString("latin1") === text
  );
}
