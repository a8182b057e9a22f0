// The editors' pages and previews meet the same bar as readers' pages: valid HTML and no axe violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { clientAddress, newEditor, signIn } from "./support/editors";
import { nuErrors } from "./support/nu-checker";
import { UNPUBLISHED } from "./support/sample";

// Each test posts from an address of its own, so per-address limits in one test never spill into another.
test.use({ extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": clientAddress() }) });

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("sign-in, desk, editors, share and preview pages are valid and accessible", async ({ page }) => {
  test.setTimeout(120_000);
  const draft = UNPUBLISHED.find((article) => article.status === "draft")!;
  const documents: Record<string, string> = { signIn: await (await page.request.get("/editor/sign-in")).text() };
  await page.goto("/editor/sign-in");
  const signInAxe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(signInAxe.violations.map((v) => v.id)).toEqual([]);

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
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      results.violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  }
  await page.goto(`/api/preview?slug=${draft.slug}`);
  documents.draftPreview = await (await page.request.get(draft.path)).text();
  const previewAxe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(previewAxe.violations.map((v) => v.id)).toEqual([]);

  const errors = nuErrors(documents).map((e) => `${e.url.replace(/^.*\//, "")}:${e.lastLine}: ${e.message}`);
  expect(errors).toEqual([]);
});
