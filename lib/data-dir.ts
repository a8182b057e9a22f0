// Where the SQLite file and development secrets live: DATA_DIR, default ./data.
import path from "node:path";

export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.DATA_DIR ?? "data");
}
