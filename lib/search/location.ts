// Where the search index lives: beside the build it belongs to (NEXT_DIST_DIR, default .next), so `npm start`, the
// standalone server (scripts/standalone-assets.ts copies it there) and every instance sharing one build find the
// same file. SEARCH_INDEX names another file (the search benchmark's generated archive).
import path from "node:path";

export const INDEX_FILE_NAME = "search-index.sqlite";

export function searchIndexPath(): string {
  if (process.env.SEARCH_INDEX)
    return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.SEARCH_INDEX);
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR || ".next", INDEX_FILE_NAME);
}
