// After `next build`: puts what the standalone server serves from disk beside it, so that
// `node .next/standalone/start.mjs` runs on its own: the built static files, public/, the content/ it reads with its
// compiled index, the search index (scripts/build-search-index.ts) and the server script itself (scripts/start.mjs).
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { compiledIndexPath, copyCompiledContent } from "../lib/content/compiled";
import { contentDir } from "../lib/content/dir";
import { INDEX_FILE_NAME } from "../lib/search/location";

const dist = process.env.NEXT_DIST_DIR || ".next";
const standalone = path.join(dist, "standalone");
if (!existsSync(path.join(standalone, "server.js"))) {
  console.error(`${standalone}/server.js is missing: is output "standalone" set in next.config.ts?`);
  process.exit(1);
}
const copies: [string, string][] = [
  [path.join(dist, "static"), path.join(standalone, dist, "static")],
  // Where lib/search/location.ts looks for it, relative to the standalone server's folder.
  [path.join(dist, INDEX_FILE_NAME), path.join(standalone, dist, INDEX_FILE_NAME)],
  ["public", path.join(standalone, "public")],
  [process.env.CONTENT_DIR ?? "content", path.join(standalone, "content")],
  // The server with peer addresses and graceful shutdown (what `npm start` runs), for `node start.mjs` there.
  ["scripts/start.mjs", path.join(standalone, "start.mjs")],
  ["scripts/not-found-page.mjs", path.join(standalone, "not-found-page.mjs")],
  ["scripts/method-guard.mjs", path.join(standalone, "method-guard.mjs")],
  ["scripts/shared-cache-lifetime.mjs", path.join(standalone, "shared-cache-lifetime.mjs")],
  ["scripts/inline-style-hashes.mjs", path.join(standalone, "inline-style-hashes.mjs")],
  ["scripts/cached-bodies.mjs", path.join(standalone, "cached-bodies.mjs")],
];
for (const [from, to] of copies) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

// The content index compiled by the content check, for the copy of the content beside the standalone server: without
// it, every start would read and validate the whole archive again.
const standaloneDir = path.resolve(standalone);
const standaloneContent = path.join(standaloneDir, "content");
rmSync(path.dirname(compiledIndexPath(standaloneContent, standaloneDir)), { recursive: true, force: true });
if (!copyCompiledContent(contentDir(), standaloneContent, standaloneDir)) {
  console.warn(
    "No content index to copy (the content changed during the build, or its folder is not named content):" +
      " the standalone server will compile one when it starts",
  );
}
console.log(
  `Standalone server ready: node ${standalone}/start.mjs (static files, public/, content/ and its index, the search index and start.mjs copied)`,
);
