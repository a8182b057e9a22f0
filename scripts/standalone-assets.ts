// After `next build`: puts what the standalone server serves from disk beside it, so that
// `node .next/standalone/server.js` runs on its own: the built static files, public/ and the content/ it reads.
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";

const dist = process.env.NEXT_DIST_DIR || ".next";
const standalone = path.join(dist, "standalone");
if (!existsSync(path.join(standalone, "server.js"))) {
  console.error(`${standalone}/server.js is missing: is output "standalone" set in next.config.ts?`);
  process.exit(1);
}
const copies: [string, string][] = [
  [path.join(dist, "static"), path.join(standalone, dist, "static")],
  ["public", path.join(standalone, "public")],
  [process.env.CONTENT_DIR ?? "content", path.join(standalone, "content")],
];
for (const [from, to] of copies) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
console.log(`Standalone server ready: node ${standalone}/server.js (static files, public/ and content/ copied)`);
