// Hostile text in the fields readers never see rendered as they typed it: control characters (refused, or stored
// inert and shown on the desk without them acting), email addresses (refused or never shown), report reasons and
// details (refused or shown to editors as text), and what a refused form echoes back without JavaScript.
import type { APIRequestContext } from "@playwright/test";
import { test, expect, decideOnDesk, queueItem, type Desk } from "./support/desk";
import { fillComment, OPEN_ARTICLE } from "./support/comments";
import { commentsTagged, reportsOn } from "./support/database";
import {
  expectClearRefusalOrSuccess,
  expectNothingRan,
  expectStoredOnce,
  hostileAddress,
  label,
  marker,
  postComment,
  validComment,
} from "./support/hostile";
import { CONTROL, MARKUP } from "./support/payloads";

test.afterAll(async ({ request }) => {
  expect((await request.get("/")).status(), "the server is still up").toBe(200);
});

// C0 and C1 controls other than tab, line feed and carriage return: parse errors in HTML, never needed in a comment.
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

async function deleteFromDesk(desk: Desk, tag: string) {
  const [stored] = await commentsTagged(tag);
  if (!stored) return;
  const state =
    stored.status === "approved" ? ((await reportsOn(stored.id)).length ? "reported" : "approved") : stored.status;
  await decideOnDesk(desk, tag, "Delete", state).catch(() => undefined);
}

for (const { label: name, value } of CONTROL) {
  for (const field of ["name", "body"] as const) {
    test(`control characters in the ${field}: ${name} (${label(value)})`, async ({ request, desk }) => {
      const tag = marker();
      const fields = await validComment(request, tag);
      const response = await postComment(request, { ...fields, [field]: `${value} ${tag}` });
      await expectClearRefusalOrSuccess(response, "post");
      if (response.status() >= 400) {
        expect(await commentsTagged(tag)).toEqual([]);
        return;
      }
      try {
        const id = await expectStoredOnce(response, tag);
        // Stored inert: the desk lists it, and its HTML carries no raw control character (a parse error in HTML).
        const item = await queueItem(desk, tag);
        await expect(item).toContainText(tag);
        await expectNothingRan(desk.page, desk.dialogs);
        const html = await (await desk.page.request.get("/editor/comments?state=pending")).text();
        const start = html.indexOf(`aria-labelledby="queue-${id}"`);
        expect(start, "the queue item is in the page").toBeGreaterThan(0);
        const itemHtml = html.slice(start, html.indexOf("</article>", start));
        expect(itemHtml.match(RAW_CONTROL)?.[0], "no raw control character in the queue item's HTML").toBeUndefined();
      } finally {
        await deleteFromDesk(desk, tag);
      }
    });
  }
}

const EMAILS = [
  `"<script>window.__pwned=1</script>"@example.org`,
  "x@example.org<img src=x onerror=alert(1)>",
  `x"onmouseover="alert(1)"@example.org`,
  "javascript:alert(1)//@example.org",
  "'; DROP TABLE comments; --@example.org",
  "x@example.org\r\nBcc: victim@example.org",
  "x@example.org\u0000",
  "\u202Egro.elpmaxe@x",
];

for (const email of EMAILS) {
  test(`email field: ${label(email)}`, async ({ request, desk }) => {
    const tag = marker();
    const response = await postComment(request, { ...(await validComment(request, tag)), email });
    await expectClearRefusalOrSuccess(response, "post");
    if (response.status() >= 400) {
      expect(
        ((await response.json()) as { fieldErrors?: Record<string, string> }).fieldErrors?.email,
        "the error names the email field",
      ).toBeTruthy();
      expect(await commentsTagged(tag)).toEqual([]);
      return;
    }
    try {
      await expectStoredOnce(response, tag);
      await queueItem(desk, tag);
      expect(
        await (await desk.page.request.get("/editor/comments?state=pending")).text(),
        "an email is never shown",
      ).not.toContain(email.slice(0, 12));
    } finally {
      await deleteFromDesk(desk, tag);
    }
  });
}

/** A new approved comment on the open article, to be reported. */
async function approvedComment(request: APIRequestContext, desk: Desk): Promise<{ id: number; tag: string }> {
  const tag = marker();
  const response = await postComment(request, await validComment(request, tag));
  expect(response.status()).toBe(202);
  const id = (await expectStoredOnce(response, tag))!;
  await decideOnDesk(desk, tag, "Approve");
  return { id, tag };
}

const DETAILS = [
  ...MARKUP.filter(({ label: name }) =>
    /script element|img onerror|closing textarea|svg onload|javascript: link/.test(name),
  ),
  { label: "SQL", value: "'; DROP TABLE comment_reports; --" },
];

for (const { label: name, value } of DETAILS) {
  test(`report details: ${name} (${label(value, 40)})`, async ({ request, desk, reader }) => {
    const { id, tag } = await approvedComment(request, desk);
    try {
      await reader.page.goto(`${OPEN_ARTICLE}/comments/report/${id}`);
      await reader.page.getByLabel("Off topic").check();
      await reader.page.getByLabel(/Anything the editors should know/).fill(value);
      await reader.page.getByRole("button", { name: "Send report" }).click();
      await expect(reader.page.getByRole("status")).toContainText("Thank you");
      await expectNothingRan(reader.page, reader.dialogs);
      expect(await reportsOn(id)).toEqual([`Off topic: ${value}`]);

      const item = await queueItem(desk, tag, "reported");
      await expect(item.locator(".queue-reports")).toContainText(`Off topic: ${value}`);
      await expectNothingRan(desk.page, desk.dialogs);
    } finally {
      await deleteFromDesk(desk, tag);
    }
  });
}

const FORGED_REASONS = [
  "<script>window.__pwned=1</script>",
  "Off topic\u0000",
  "Off topic<img src=x onerror=alert(1)>",
  "",
];

for (const reason of FORGED_REASONS) {
  test(`report reason not on the form's list is refused: ${label(reason) || "(empty)"}`, async ({
    request,
    desk,
    reader,
  }) => {
    const { id, tag } = await approvedComment(request, desk);
    try {
      await reader.page.goto(`${OPEN_ARTICLE}/comments/report/${id}`);
      await reader.page
        .locator('input[name="reason"]')
        .first()
        .evaluate((input: HTMLInputElement, value) => {
          input.value = value;
          input.required = false;
          input.checked = true;
        }, reason);
      await reader.page.getByRole("button", { name: "Send report" }).click();
      await expect(
        reader.page.getByRole("alert").filter({ hasText: "Choose why you are reporting this comment." }),
      ).toBeVisible();
      await expectNothingRan(reader.page, reader.dialogs);
      expect(await reportsOn(id)).toEqual([]);
    } finally {
      await deleteFromDesk(desk, tag);
    }
  });
}

test.describe("without JavaScript, a refused form echoes what was typed as text", () => {
  test.use({
    javaScriptEnabled: false,
    extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": hostileAddress() }),
  });

  for (const { label: name, value } of MARKUP.filter(({ label: name }) =>
    /closing textarea|attribute breakout|closing script|svg onload/.test(name),
  )) {
    test(`echoed after a refusal: ${name} (${label(value, 40)})`, async ({ page }) => {
      await page.goto(OPEN_ARTICLE);
      await fillComment(page, { name: value, email: "not an email", text: value }, { javaScript: false });
      await page.getByRole("button", { name: "Post comment" }).click();
      await expect(page.locator("#email-error")).toBeVisible();
      await expect(page.getByLabel("Name")).toHaveValue(value);
      await expect(page.getByLabel("Comment", { exact: true })).toHaveValue(value);
      expect(
        await page.locator('img[src="x"], main svg[onload], main script:not([src]):not([id]):not([type])').count(),
      ).toBe(0);
      expect(await page.locator("[onerror], [onload], [onmouseover]").count()).toBe(0);
    });
  }
});
