// Helpers for the comment journeys: unique commenters, and an editor working the moderation queue.
import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { clientAddress, newEditor, signIn } from "./editors";

/** An article whose comments never close by themselves (front matter `comments: open`). */
export const OPEN_ARTICLE = "/asia/mekong-river-upstream-dams-need-open-data";
/** An article marked `comments: closed`. */
export const CLOSED_ARTICLE = "/middle-east/jordan-election-islamic-action-front-emerges-as-largest-party";
/** An older article whose comments closed by themselves after the site's number of days. */
export const AUTO_CLOSED_ARTICLE = "/asia/strait-of-malacca-shipping-chokepoint-analysis";

export function commenter() {
  const id = randomBytes(4).toString("hex");
  return { name: `Reader ${id}`, email: `reader-${id}@example.org`, text: `A considered thought, number ${id}.` };
}

/** Fills in the comment form; with JavaScript on (the default), first waits for the form's script to run. */
export async function fillComment(page: Page, { name, email, text }: { name: string; email: string; text: string }, { javaScript = true } = {}) {
  if (javaScript) await waitForHydration(page);
  const form = page.getByRole("form", { name: /Add a comment|Your reply/ });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Comment", { exact: true }).fill(text);
  return form;
}

/** Waits until the comment form's script runs (it then answers in place rather than by redirect). */
export async function waitForHydration(page: Page) {
  await page.locator('form input[name="js"]').waitFor({ state: "attached" });
}

/** Sends the form the way a person does: not within 3 seconds of starting (faster posts are held as robotic). */
export async function postLikeAPerson(page: Page) {
  await page.waitForTimeout(3200);
  await page.getByRole("button", { name: /^Post (comment|reply)$/ }).click();
}

export const PENDING_MESSAGE = "Thank you: your comment is awaiting moderation.";

/** Posts a comment on the open article (with JavaScript) and waits until it is accepted for moderation. */
export async function postPending(page: Page, comment: { name: string; email: string; text: string }) {
  await page.goto(OPEN_ARTICLE);
  await fillComment(page, comment);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByRole("status").filter({ hasText: PENDING_MESSAGE })).toBeVisible();
}

/** Signs a new editor in (in a context of its own) and applies a decision to the queued comment with this text. */
export async function moderate(browser: Browser, text: string, decision: "Approve" | "Reject" | "Spam" | "Delete", state = "pending") {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": clientAddress() } });
  const page = await context.newPage();
  const editor = newEditor();
  await signIn(page, editor.email);
  await page.goto(`/editor/comments?state=${state}`);
  const item = page.getByRole("article").filter({ hasText: text });
  await expect(item).toHaveCount(1);
  await item.getByRole("button", { name: new RegExp(`^${decision}`) }).click();
  await expect(page.getByRole("status")).toContainText("Done");
  await expect(page.getByRole("article").filter({ hasText: text })).toHaveCount(0);
  return { context, page };
}

/**
 * Waits until the open article's HTML for the next reader contains (or no longer contains) this text: at once, or
 * after the follow-up refresh when a background re-render was already under way (see lib/comments/refresh.ts).
 */
export async function untilArticleShows(request: APIRequestContext, text: string, shown = true) {
  const html = () => request.get(OPEN_ARTICLE).then((response) => response.text());
  if (shown) await expect.poll(html, { timeout: 4000 }).toContain(text);
  else await expect.poll(html, { timeout: 4000 }).not.toContain(text);
}
