// Helpers for the comment journeys: unique commenters, and an editor working the moderation queue.
import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { clientAddress, newEditor, signIn } from "./editors";
import { clickDecision } from "./desk-click";

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
export async function fillComment(
  page: Page,
  { name, email, text }: { name: string; email: string; text: string },
  { javaScript = true } = {},
) {
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

/** The open article's slug, as the API names it. */
export const OPEN_ARTICLE_SLUG = OPEN_ARTICLE.split("/").pop()!;

/** Posts a comment through the API (no page, no form): it waits for moderation. Returns its id. */
export async function postThroughApi(
  request: APIRequestContext,
  comment: { name: string; email: string; text: string },
  fields: Record<string, unknown> = {},
) {
  const { token } = (await (await request.get("/api/comments/token")).json()) as { token: string };
  const response = await request.post("/api/comments", {
    data: {
      article: OPEN_ARTICLE_SLUG,
      name: comment.name,
      email: comment.email,
      body: comment.text,
      token,
      ...fields,
    },
  });
  expect(response.status(), await response.text()).toBe(202);
  return ((await response.json()) as { id: number }).id;
}

/** A reader's comment, posted through the API and approved on the desk: on the article for the next reader. */
export async function approvedComment(request: APIRequestContext, browser: Browser) {
  const reader = commenter();
  const id = await postThroughApi(request, reader);
  (await moderate(browser, reader.text, "Approve")).context.close();
  await untilArticleShows(request, reader.text);
  return { ...reader, id };
}

/** Reports a comment through its report page, as a reader at an address of their own; returns what the page says. */
export async function reportAs(reporter: BrowserContext, commentId: number, details: string) {
  const page = await reporter.newPage();
  await page.goto(`${OPEN_ARTICLE}/comments/report/${commentId}`);
  await page.getByLabel("Off topic").check();
  await page.getByLabel(/Anything the editors should know/).fill(details);
  await page.getByRole("button", { name: "Send report" }).click();
  const answer = page.locator('#report-form[role="status"], #report-form [role="alert"]');
  await expect(answer).toBeVisible();
  const text = await answer.innerText();
  await page.close();
  return text;
}

export const REPORT_THANKS = "Thank you. The editors will look at this comment.";

/** Posts a comment on the open article (with JavaScript) and waits until it is accepted for moderation. */
export async function postPending(page: Page, comment: { name: string; email: string; text: string }) {
  await page.goto(OPEN_ARTICLE);
  await fillComment(page, comment);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByRole("status").filter({ hasText: PENDING_MESSAGE })).toBeVisible();
}

// One editor per worker, signed in once: argon2id and the account tool cost seconds, and sign-in has its own tests.
let deskSession: Promise<Awaited<ReturnType<BrowserContext["storageState"]>>> | undefined;

/** The worker's editor, signed in once: call it from `beforeAll` so no single test's time carries the sign-in. */
export function signInDeskEditor(browser: Browser) {
  deskSession ??= (async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": clientAddress() } });
    await signIn(await context.newPage(), newEditor().email);
    const state = await context.storageState();
    await context.close();
    return state;
  })().catch((error: unknown) => {
    deskSession = undefined; // the next test signs in afresh rather than inheriting the failure
    throw error;
  });
  return deskSession;
}

/** A context of its own with an editor signed in (the same editor for every test of this worker). */
export async function deskContext(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    storageState: await signInDeskEditor(browser),
    extraHTTPHeaders: { "X-Forwarded-For": clientAddress() },
  });
  return { context, page: await context.newPage() };
}

/** Applies an editor's decision to the queued comment with this text, in a context of its own. */
export async function moderate(
  browser: Browser,
  text: string,
  decision: "Approve" | "Reject" | "Spam" | "Delete",
  state = "pending",
) {
  const { context, page } = await deskContext(browser);
  await page.goto(`/editor/comments?state=${state}`);
  const item = page.getByRole("article").filter({ hasText: text });
  await expect(item).toHaveCount(1);
  await clickDecision(page, item, item.getByRole("button", { name: new RegExp(`^${decision}`) }));
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
