// A size check, not a timing: the support appeal's browser code must stay small (issue budget: 5 KB gzip).
import { describe, expect, it } from "vitest";
import { gzippedClientBytes } from "../client-bundle";

const BUDGET_BYTES = 5 * 1024;

describe("the support appeal's JavaScript", () => {
  it(`adds at most ${BUDGET_BYTES} bytes gzip to the article page`, async () => {
    const gzipped = await gzippedClientBytes(
      'export { SupportBanner } from "./components/support/SupportBanner"; export { EpicParagraphs } from "./components/support/EpicParagraphs";',
    );
    console.log(`support appeal client code: ${gzipped} bytes gzip`);
    expect(gzipped).toBeGreaterThan(500); // the bundle really contains the components
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
