// A size check, not a timing: the share control's browser code must stay a few hundred bytes.
import { describe, expect, it } from "vitest";
import { gzippedClientBytes } from "../client-bundle";

const BUDGET_BYTES = 600;

describe("the share control's JavaScript", () => {
  it(`adds at most ${BUDGET_BYTES} bytes gzip to the article page`, async () => {
    const gzipped = await gzippedClientBytes('export { ShareButton } from "./components/article/ShareButton";');
    console.log(`share control client code: ${gzipped} bytes gzip`);
    expect(gzipped).toBeGreaterThan(200); // the bundle really contains the component
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
