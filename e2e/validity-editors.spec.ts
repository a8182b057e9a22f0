// The editors' pages and previews meet the same bar as readers' pages: valid HTML and no axe violations.
import { expect, test } from "@playwright/test";
import { clientAddress, newEditor, signIn } from "./support/editors";
import { nuErrors } from "./support/nu-checker";
import { UNPUBLISHED } from "./support/sample";
import { axeViolations } from "./support/axe";

// Each test posts from an address of its own, so per-address limits in one test never spill into another.
test.use({ extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": clientAddress() }) });

test("sign-in, desk, editors, share and preview pages are valid and accessible", async ({ page }) => {
  test.setTimeout(120_000);
  const draft = UNPUBLISHED.find((article) => article.status === "draft")!;
  const documents: Record<string, string> = { signIn: await (await page.request.get("/editor/sign-in")).text() };
  await page.goto("/editor/sign-in");
  expect(await axeViolations(page), "sign-in").toEqual([]);

  const admin = newEditor("admin");
  await signIn(page, admin.email);
  await expect(page).toHaveURL(/\/editor$/);
  const share = await page.request.get(`/editor/share/${draft.slug}`);
  const sharedLink = /value="([^"]+\/preview\/[^"]+)"/.exec(await share.text())![1]!;
  const paths = {
    desk: "/editor",
    editors: "/editor/editors",
    share: `/editor/share/${draft.slug}`,
    sharedPreview: new URL(sharedLink).pathname,
  };
  for (const [label, path] of Object.entries(paths)) {
    documents[label] = await (await page.request.get(path)).text();
    await page.goto(path);
    expect(await axeViolations(page), label).toEqual([]);
  }
  await page.goto(`/api/preview?slug=${draft.slug}`);
  documents.draftPreview = await (await page.request.get(draft.path)).text();
  expect(await axeViolations(page), "draft preview").toEqual([]);

  const errors = nuErrors(documents).map((e) => `${e.url.replace(/^.*\//, "")}:${e.lastLine}: ${e.message}`);
  expect(errors).toEqual([]);
});
