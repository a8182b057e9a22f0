// One signed-in editor per worker for the hostile-input specs (signing in is slow on purpose: argon2id), and the
// moderation steps they take through the real desk.
import { test as base, expect, type Page } from "@playwright/test";
import { newEditor, signIn } from "./editors";
import { hostileAddress, watchDialogs } from "./hostile";
import { clickDecision } from "./desk-click";

export type Desk = { page: Page; dialogs: string[]; email: string };

export const test = base.extend<{ reader: { page: Page; dialogs: string[] } }, { desk: Desk }>({
  desk: [
    async ({ browser }, provide) => {
      const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": hostileAddress() } });
      const page = await context.newPage();
      const { email } = newEditor("admin");
      await signIn(page, email);
      await provide({ page, dialogs: watchDialogs(page), email });
      await context.close();
    },
    { scope: "worker", timeout: 60_000 },
  ],
  // A reader in Chromium with JavaScript on, from an address of their own, whose dialogs are recorded.
  reader: async ({ browser }, provide) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": hostileAddress() } });
    const page = await context.newPage();
    await provide({ page, dialogs: watchDialogs(page) });
    await context.close();
  },
});

export { expect };

/** The queue item holding this tag, in one state of the desk's queue. */
export async function queueItem(desk: Desk, tag: string, state = "pending") {
  await desk.page.goto(`/editor/comments?state=${state}`);
  const item = desk.page.getByRole("article").filter({ hasText: tag });
  await expect(item).toHaveCount(1);
  return item;
}

/** Applies a decision to the comment holding this tag, through the desk's own button. */
export async function decideOnDesk(
  desk: Desk,
  tag: string,
  decision: "Approve" | "Reject" | "Spam" | "Delete",
  state = "pending",
) {
  const item = await queueItem(desk, tag, state);
  await clickDecision(desk.page, item, item.getByRole("button", { name: new RegExp(`^${decision}`) }));
  await expect(desk.page.getByRole("article").filter({ hasText: tag })).toHaveCount(0);
}
