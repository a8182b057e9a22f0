// Cached pages ask for their scripts only after the first contentful paint (lib/cache/scripts-after-paint.mjs). On a
// busy machine that paint can come after the load event and after the network has first gone quiet, so a test that
// measures or counts the scripts waits for them here instead of trusting `networkidle`.
import { expect, type Page } from "@playwright/test";

/** Waits until every script the page names has arrived (a cached page names them once it has painted). */
export async function waitForNamedScripts(page: Page) {
  await page.waitForFunction(() => {
    const wanted = [...document.querySelectorAll<HTMLScriptElement>("script[src]:not([nomodule])")].map((s) => s.src);
    const arrived = new Set(performance.getEntriesByType("resource").map((entry) => entry.name));
    return wanted.length > 0 && wanted.every((src) => arrived.has(src));
  });
}

/** Waits until every script the page names has arrived, then until no further resource arrives for half a second. */
export async function waitForPageScripts(page: Page) {
  await waitForNamedScripts(page);
  // Chunks the scripts load themselves, if any, arrive before the count settles.
  let previous = -1;
  await expect
    .poll(
      async () => {
        const count = await page.evaluate(() => performance.getEntriesByType("resource").length);
        const settled = count === previous;
        previous = count;
        return settled;
      },
      { intervals: [500] },
    )
    .toBe(true);
}
