// A size check, not a timing: the support appeal's browser code must stay small (issue budget: 5 KB gzip).
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const BUDGET_BYTES = 5 * 1024;

describe("the support appeal's JavaScript", () => {
  it(`adds at most ${BUDGET_BYTES} bytes gzip to the article page`, async () => {
    const result = await build({
      stdin: {
        contents:
          'export { SupportBanner } from "./components/support/SupportBanner"; export { EpicParagraphs } from "./components/support/EpicParagraphs";',
        resolveDir: import.meta.dirname + "/../..",
        loader: "ts",
      },
      bundle: true,
      minify: true,
      write: false,
      format: "esm",
      jsx: "automatic",
      external: ["react", "react/jsx-runtime", "react-dom"],
      alias: { "@": import.meta.dirname + "/../.." },
    });
    const gzipped = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
    console.log(`support appeal client code: ${gzipped} bytes gzip`);
    expect(gzipped).toBeGreaterThan(500); // the bundle really contains the components
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
