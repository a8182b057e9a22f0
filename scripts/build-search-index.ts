// Writes the search index for CONTENT_DIR beside the build (NEXT_DIST_DIR, or SEARCH_INDEX): run by `npm run build`
// after `next build` (which empties its folder) and by `npm run dev` before the server starts.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { contentDir } from "../lib/content/dir";
import { readContent } from "../lib/content/compiled";
import { writeSearchIndex } from "../lib/search/build";
import { searchIndexPath } from "../lib/search/location";

const started = performance.now();
const file = searchIndexPath();
mkdirSync(path.dirname(file), { recursive: true });
const count = writeSearchIndex(file, readContent(contentDir()));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Search index: ${count} articles in ${path.relative(process.cwd(), file)} (${seconds} s)`);
