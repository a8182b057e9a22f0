// A size check, not a timing: the JavaScript an article page transfers must stay near the framework's floor.
// `npm run bench:js` measures a bare Next.js 16 App Router page at about 132 KB (compressed transfer) on this stack;
// the budget is that floor plus 25 KB. A heavy dependency slipping into the page fails this test.
import { expect, test } from "@playwright/test";
import { waitForPageScripts } from "./support/page-scripts";
import { SHOIGU_ARTICLE } from "./support/sample";

const BARE_NEXT_PAGE_KB = 132;
const BUDGET_KB = BARE_NEXT_PAGE_KB + 25;

for (const [label, path] of [
  ["article", SHOIGU_ARTICLE.path],
  ["front page", "/"],
  ["section", "/asia"],
] as const) {
  test(`the ${label} transfers at most ${BUDGET_KB} KB of JavaScript`, async ({ page }) => {
    const sizes: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") sizes.push(request.sizes().then((s) => s.responseBodySize));
    });
    await page.goto(path);
    await waitForPageScripts(page);
    const kilobytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0) / 1024;
    console.log(`${label}: ${kilobytes.toFixed(1)} KB of JavaScript transferred`);
    expect(kilobytes).toBeGreaterThan(50); // really measured: the framework alone is far above this
    expect(kilobytes).toBeLessThanOrEqual(BUDGET_KB);
  });
}
