// Clicks a decision on the desk's moderation queue and waits for its notice. In full suite runs on a busy machine a
// click made before React had hydrated the button was sometimes lost (about once in forty decisions), so the click
// waits for React to own the button, as an editor's does in practice. Should one still be lost, it is clicked once
// more, as an editor would, and the run's log says so.
import { expect, type Locator, type Page } from "@playwright/test";

/** Whether React has hydrated this element (it keeps its fiber on the DOM node). */
const hydrated = (element: Locator) =>
  element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactFiber")));

export async function clickDecision(page: Page, button: Locator): Promise<void> {
  await expect.poll(() => hydrated(button), { timeout: 15_000 }).toBe(true);
  await button.click();
  const notice = page.getByRole("status");
  try {
    await expect(notice).toContainText("Done", { timeout: 8_000 });
  } catch {
    console.warn(`A desk decision showed no notice after 8 s (${page.url()}): clicking it once more`);
    await button.click();
    await expect(notice).toContainText("Done", { timeout: 8_000 });
  }
}
