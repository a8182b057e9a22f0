// A cached page paints before the framework runs: its scripts are asked for only once its first contentful paint is
// on screen (lib/cache/scripts-after-paint.mjs), and then the page is enhanced as before.
import { expect, test } from "@playwright/test";
import { waitForPageScripts } from "./support/page-scripts";
import { SHOIGU_ARTICLE } from "./support/sample";

const PAGES = [
  ["article", SHOIGU_ARTICLE.path],
  ["section", "/asia"],
  ["author", "/authors/lena-marsh"],
  ["front page", "/"],
] as const;

/** When the first contentful paint was, and when each of the framework's scripts was asked for (page time, ms). */
function paintAndScripts() {
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const scripts = performance
    .getEntriesByType("resource")
    .filter((entry) => new URL(entry.name).pathname.startsWith("/_next/static/chunks/") && entry.name.includes(".js"));
  return { paint: paint?.startTime, scripts: scripts.map((entry) => ({ name: entry.name, start: entry.startTime })) };
}

for (const [label, path] of PAGES) {
  test(`the ${label} asks for no script before its first contentful paint`, async ({ page }) => {
    await page.goto(path);
    await waitForPageScripts(page);
    const { paint, scripts } = await page.evaluate(paintAndScripts);
    expect(paint).toBeGreaterThan(0);
    expect(scripts.length).toBeGreaterThanOrEqual(5); // React, the router, Turbopack's runtime…: really measured
    for (const script of scripts) expect(script.start, script.name).toBeGreaterThanOrEqual(paint!);
  });
}

test("the scripts then run: the copy-link button works and a link is followed without reloading the page", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
  await page.goto(SHOIGU_ARTICLE.path);
  const share = page.getByRole("group", { name: "Share this article" });
  await share.getByRole("button", { name: "Copy link" }).click();
  await expect(share.getByRole("status")).toHaveText("Link copied");

  // The button works, so the page is hydrated, the layout's menu around it too: its links are followed in place.
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const sections = page.getByRole("navigation", { name: "Sections" });
  await sections.getByRole("link", { name: "Europe" }).click();
  await expect(page).toHaveURL(/\/europe$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Europe");
  await expect(sections.getByRole("link", { name: "Europe" })).toHaveAttribute("aria-current", "page");
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});
