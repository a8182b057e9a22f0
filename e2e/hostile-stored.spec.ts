// Hostile text that the site accepts is stored inert: an editor sees it as text on the desk, and once approved
// every reader sees it as text on the article and on the comment's own pages, with no script run and no element
// injected. Whatever is refused is refused clearly (4xx with a message); nothing answers 5xx.
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, decideOnDesk, queueItem, type Desk } from "./support/desk";
import { OPEN_ARTICLE } from "./support/comments";
import { commentsTagged } from "./support/database";
import {
  expectClearRefusalOrSuccess,
  expectNothingRan,
  expectOnlyOwnMarkup,
  expectStoredOnce,
  label,
  marker,
  postComment,
  validComment,
} from "./support/hostile";
import { BIDI, MARKUP, SQL, type Payload } from "./support/payloads";

test.afterAll(async ({ request }) => {
  expect((await request.get("/")).status(), "the server is still up").toBe(200);
});

/** Posts one comment with the payload in its name and body; returns its id, or null when it was clearly refused. */
async function postPayload(request: APIRequestContext, payload: string, tag: string): Promise<number | null> {
  const fields = await validComment(request, tag);
  const response = await postComment(request, {
    ...fields,
    name: `${payload} ${tag}`,
    body: `${tag} says: ${payload}`,
  });
  await expectClearRefusalOrSuccess(response, "post");
  if (response.status() >= 400) {
    expect(await commentsTagged(tag), "a refused comment is not stored").toEqual([]);
    return null;
  }
  return expectStoredOnce(response, tag);
}

/** The comment as a reader's page shows it: name and body as the text that was typed, nothing else alive. */
async function expectShownAsText(page: Page, dialogs: string[], id: number, payload: string, tag: string) {
  const comment = page.locator(`#comment-${id}`);
  await expect(comment.locator(".comment-author")).toContainText(`${payload.trim()} ${tag}`);
  await expect(comment.locator(".comment-body")).toContainText(`${tag} says: ${payload.trim()}`);
  await expectOnlyOwnMarkup(page, id);
  await expectNothingRan(page, dialogs);
}

async function untilArticleHas(page: Page, id: number) {
  await expect
    .poll(async () => (await page.request.get(OPEN_ARTICLE)).text(), { timeout: 10_000 })
    .toContain(`id="comment-${id}"`);
}

/** Deletes the comment through the desk, which refreshes the article; quietly, so a test's own failure shows. */
async function removeFromArticle(desk: Desk, tag: string) {
  const [stored] = await commentsTagged(tag);
  if (!stored) return;
  await decideOnDesk(desk, tag, "Delete", stored.status === "approved" ? "approved" : stored.status).catch(
    () => undefined,
  );
}

for (const { label: name, value } of [...MARKUP, ...SQL, ...BIDI] satisfies Payload[]) {
  test(`name and body, approved and shown: ${name} (${label(value, 40)})`, async ({ request, desk, reader }) => {
    test.slow(); // A journey per payload: the desk's queue, its approval and deletion, and two readers' pages.
    const tag = marker();
    const id = await postPayload(request, value, tag);
    if (id === null) return;
    try {
      // The editor's queue shows it as text.
      const item = await queueItem(desk, tag);
      await expect(item).toContainText(`${tag} says: ${value.trim()}`);
      await expectNothingRan(desk.page, desk.dialogs);
      await decideOnDesk(desk, tag, "Approve");

      // A reader's view rendered per request: the comment's report page.
      await reader.page.goto(`${OPEN_ARTICLE}/comments/report/${id}`);
      await expectShownAsText(reader.page, reader.dialogs, id, value, tag);

      // The prerendered article, refreshed by the approval.
      await untilArticleHas(reader.page, id);
      await reader.page.goto(OPEN_ARTICLE);
      await expectShownAsText(reader.page, reader.dialogs, id, value, tag);
    } finally {
      await removeFromArticle(desk, tag);
    }
  });
}
