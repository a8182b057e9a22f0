// For the client leaves' size checks (*.test.ts): what a leaf adds to a page, bundled and minified as the browser gets
// it, React left out (the framework ships it anyway), measured gzip-compressed.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = import.meta.dirname + "/..";

/** `source` is a module in the project's terms (e.g. `export { X } from "./components/x/X"`, `@/` resolved). */
export async function gzippedClientBytes(source: string): Promise<number> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    jsx: "automatic",
    external: ["react", "react/jsx-runtime", "react-dom"],
    alias: { "@": ROOT },
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}
