// The reader-support appeal: an Epic after the article and a bottom banner that never gets in the way.
import { expect, test, type Page } from "@playwright/test";
import { clientAddress, newEditor, signIn } from "./support/editors";
import { UNPUBLISHED } from "./support/sample";
import { axeViolations } from "./support/axe";

const FIRST = "/asia/russia-china-defence-ministers-beijing-military-cooperation";
const SECOND = "/asia/mekong-river-upstream-dams-need-open-data";
const THIRD = "/europe/kellerbach-valley-railway-reopens-after-four-decades";
const SENSITIVE = "/asia/vietnam-dong-nai-garment-factory-heat-workers";
const banner = (page: Page) => page.getByRole("complementary", { name: "Support our journalism" });

/** Opens an article and waits until the browser has counted the view (a reader who leaves before that is not counted). */
async function read(page: Page, path: string) {
  await page.goto(path);
  const slug = path.split("/").pop()!;
  await page.waitForFunction((s) => (localStorage.getItem("meridian.support") ?? "").includes(s), slug);
}

test.use({ extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": clientAddress() }) });

test("no banner on the first article, a banner on the second, with the Epic's count filled in", async ({ page }) => {
  await read(page, FIRST);
  await expect(page.locator("#support-epic")).toBeVisible();
  await page.waitForTimeout(500);
  await expect(banner(page)).toHaveCount(0);
  await read(page, SECOND);
  await expect(banner(page)).toBeVisible();
  await expect(page.locator("#support-epic")).toContainText(
    "You have read 2 articles on The Meridian Post in the last month.",
  );
});

test("closing the banner lasts across pages and reloads, and ends after 7 days", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-12-01T09:00:00Z") });
  await read(page, FIRST);
  await read(page, SECOND);
  await banner(page).getByRole("button", { name: "Close the support message" }).click();
  await expect(banner(page)).toHaveCount(0);
  await page.reload();
  await expect(page.locator("#support-epic")).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await read(page, THIRD);
  await page.waitForTimeout(300);
  await expect(banner(page)).toHaveCount(0);

  await page.clock.setSystemTime(new Date("2026-12-08T09:05:00Z")); // 7 days and a few minutes after closing
  await read(page, FIRST);
  await expect(banner(page)).toBeVisible();
});

test("Escape closes the banner and focus returns to where the reader was", async ({ page }) => {
  await read(page, FIRST);
  await read(page, SECOND);
  await expect(banner(page)).toBeVisible();
  const link = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Asia" });
  await link.focus();
  await banner(page).getByRole("link", { name: "Support us" }).focus();
  await page.keyboard.press("Escape");
  await expect(banner(page)).toHaveCount(0);
  await expect(link).toBeFocused();
});

test("the banner causes no layout shift, and axe passes with it open", async ({ page }) => {
  await read(page, FIRST);
  await read(page, SECOND);
  await page.evaluate(() => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await expect(banner(page)).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});

test("the banner gives way while the Epic is on screen", async ({ page }) => {
  await read(page, FIRST);
  await read(page, SECOND);
  await expect(banner(page)).toBeVisible();
  await page.locator("#support-epic").scrollIntoViewIfNeeded();
  await expect(banner(page)).toHaveCount(0);
});

test("no appeal on a sensitive article, on the support page, or in a preview", async ({ page }) => {
  await read(page, FIRST);
  await page.goto(SENSITIVE);
  await page.waitForTimeout(300);
  await expect(page.locator("#support-epic")).toHaveCount(0);
  await expect(banner(page)).toHaveCount(0);

  await page.goto("/support");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support independent journalism");
  await expect(page.getByRole("heading", { name: "Questions" })).toBeVisible();
  await expect(banner(page)).toHaveCount(0);

  const draft = UNPUBLISHED.find((article) => article.status === "draft")!;
  await signIn(page, newEditor().email);
  await page.goto(`/api/preview?slug=${draft.slug}`);
  await expect(page.getByRole("region", { name: "Preview" })).toBeVisible();
  await expect(page.locator("#support-epic")).toHaveCount(0);
  await expect(banner(page)).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Epic is there, minus the sentence only the browser can fill", async ({ page }) => {
    await page.goto(FIRST);
    const epic = page.locator("#support-epic");
    await expect(epic.getByRole("heading", { level: 2 })).toHaveText(
      "Good reporting costs money. Yours keeps it free to read.",
    );
    await expect(epic.getByRole("link", { name: "Support our reporting" })).toHaveAttribute("href", "/support");
    await expect(epic).not.toContainText("{articlesRead}");
    await expect(epic).not.toContainText("You have read");
    await expect(epic).toContainText("Every article here is written by a reporter we pay");
  });
});
