// The production server: `npm start` in the project, and `node start.mjs` in the standalone output (the container's
// entry; scripts/standalone-assets.ts copies it there). It serves Next's own request handler with the config the
// build resolved, on 127.0.0.1 unless HOSTNAME says otherwise (nginx in front, see deploy/nginx.conf), port from PORT
// or `-p` (default 3000). Seven things more than `next start`:
// - it stamps every request with its TCP peer's address, which Next.js does not pass to app code, so per-address
//   limits can tell a trusted proxy's X-Forwarded-For from a client's (lib/http/client-address.ts);
// - a 404 rendered on request is answered with the complete not-found page (scripts/not-found-page.mjs);
// - methods other than GET, HEAD and POST are answered 405, OPTIONS with the list (scripts/method-guard.mjs);
// - no response may be kept by a shared cache in front (nginx, a CDN) past the next scheduled content change
//   (scripts/shared-cache-lifetime.mjs);
// - every Content-Security-Policy allows the build's stylesheets, which pages carry inline, by their hashes
//   (scripts/inline-style-hashes.mjs);
// - a page served from the cache is given its ETag and its bytes without hashing and encoding it again on every
//   request (scripts/cached-bodies.mjs);
// - on SIGTERM or SIGINT it stops listening, lets the requests in flight finish, runs the app's shutdown hooks
//   (lib/shutdown.ts: the database pool is closed) and exits 0; past a deadline it exits 1.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import compression from "next/dist/compiled/compression/index.js";
import { releaseCompressionStream } from "next/dist/server/lib/release-compression-stream.js";
import { cachedBodies } from "./cached-bodies.mjs";
import { inlineStyleAllower } from "./inline-style-hashes.mjs";
import { methodGuard } from "./method-guard.mjs";
import { notFoundPageMender } from "./not-found-page.mjs";
import { sharedCacheLifetimeBounder } from "./shared-cache-lifetime.mjs";

const PEER_HEADER = "x-meridian-peer"; // PEER_HEADER in lib/http/client-address.ts
const SHUTDOWN_HOOKS = Symbol.for("meridian.shutdown-hooks"); // lib/shutdown.ts
/** Under Docker's 10 seconds between SIGTERM and SIGKILL. */
const SHUTDOWN_DEADLINE_MS = 8_000;

const portFlag = process.argv.indexOf("-p");
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 3000));
const hostname = process.env.HOSTNAME || "127.0.0.1";
process.env.NODE_ENV = "production";
// How the app reaches itself (app/retracted asks for an article that is still to be withdrawn).
const selfHost = ["0.0.0.0", "::"].includes(hostname) ? "127.0.0.1" : hostname;
process.env.MERIDIAN_SELF_URL = `http://${selfHost.includes(":") ? `[${selfHost}]` : selfHost}:${port}`;

// The resolved config, as Next's standalone server.js reads it: the same script then runs where next.config.ts
// cannot be loaded (the standalone folder has no TypeScript sources).
const dir = process.cwd();
const distDir = path.join(dir, process.env.NEXT_DIST_DIR || ".next");
const requiredFiles = path.join(distDir, "required-server-files.json");
const conf = existsSync(requiredFiles) ? JSON.parse(readFileSync(requiredFiles, "utf8")).config : undefined;
// Responses are compressed here rather than by Next, outside the not-found mender, so the mender sees a page's own bytes.
const compress = conf && conf.compress !== false ? compression() : undefined;
// ETags are given here too (scripts/cached-bodies.mjs), outside the compression, so they are the page's own bytes'.
const sendCachedBody = conf && conf.generateEtags !== false ? cachedBodies() : undefined;
if (conf) {
  conf.compress = false;
  conf.generateEtags = false;
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
}
const mendNotFound = notFoundPageMender(distDir);
const answeredMethod = methodGuard(distDir);
const boundSharedCacheLifetime = sharedCacheLifetimeBounder();
const allowInlineStyles = inlineStyleAllower(distDir);

const app = next({ dev: false, dir, hostname, port, conf });
await app.prepare();
const handle = app.getRequestHandler();

/**
 * Next 16 sends a redirect from a page of a cached route (an article's old address, answered by the article route)
 * with its Location header twice: set during the render and appended again from the render's stored headers. A
 * response has one Location: the first is kept.
 * @param {import("node:http").ServerResponse} response
 */
function oneLocation(response) {
  const append = response.appendHeader.bind(response);
  response.appendHeader = (name, value) =>
    name.toLowerCase() === "location" && response.hasHeader("location") ? response : append(name, value);
}

const server = createServer((request, response) => {
  if (answeredMethod(request, response)) return;
  // Overwritten on every request, so a client can never choose it.
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
  oneLocation(response);
  boundSharedCacheLifetime(response);
  allowInlineStyles(response);
  if (compress) {
    compress(request, response, () => {});
    // As Next does: a client that disconnects mid-answer would otherwise leave its zlib stream behind.
    response.once("close", () => response.writableFinished || releaseCompressionStream(response));
  }
  mendNotFound(request, response);
  sendCachedBody?.(request, response);
  void handle(request, response);
});
// Idle keep-alive connections stay open longer than a proxy's (nginx keeps upstream connections 60 s): a client that
// reuses one just as the server closes it gets a reset instead of an answer.
server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT) || 65_000;
server.headersTimeout = server.keepAliveTimeout + 1_000;
server.listen(port, hostname, () =>
  console.log(`The Meridian Post: http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`),
);

async function runShutdownHooks() {
  for (const hook of globalThis[SHUTDOWN_HOOKS] ?? []) {
    await hook().catch((error) => console.error("A shutdown step failed:", error));
  }
}

let stopping = false;
function shutDown(signal) {
  if (stopping) return;
  stopping = true;
  setTimeout(() => {
    console.error(`${signal}: requests still running after ${SHUTDOWN_DEADLINE_MS} ms; stopping anyway`);
    void runShutdownHooks().finally(() => process.exit(1));
  }, SHUTDOWN_DEADLINE_MS).unref();
  // Keep-alive connections are closed as they go idle, so a proxy's connection cannot hold the exit back.
  const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
  server.close(() => {
    clearInterval(closeIdle);
    void app
      .close()
      .then(runShutdownHooks)
      .finally(() => process.exit(0));
  });
  server.closeIdleConnections();
}
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => shutDown(signal));
