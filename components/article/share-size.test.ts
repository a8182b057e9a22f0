// A size check, not a timing: the share control's browser code must stay a few hundred bytes.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const BUDGET_BYTES = 600;

describe("the share control's JavaScript", () => {
  it(`adds at most ${BUDGET_BYTES} bytes gzip to the article page`, async () => {
    const result = await build({
      entryPoints: [import.meta.dirname + "/ShareButton.tsx"],
      bundle: true,
      minify: true,
      write: false,
      format: "esm",
      jsx: "automatic",
      external: ["react", "react/jsx-runtime", "react-dom"],
    });
    const gzipped = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
    console.log(
      `share control client code: ${gzipped} bytes gzip (${result.outputFiles[0]!.contents.length} minified)`,
    );
    expect(gzipped).toBeGreaterThan(200); // the bundle really contains the component
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
