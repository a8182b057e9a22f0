import path from "node:path";

/** CONTENT_DIR points at another content folder (scale tests); the default is ./content. */
export function contentDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.CONTENT_DIR ?? "content");
}
