// Sharing an article: the browser's share sheet or "Copy link" with JavaScript, plain links without it; nothing from
// another site.
import { expect, test } from "@playwright/test";
import { E2E_ENV } from "../playwright.config";
import { SHOIGU_ARTICLE } from "./support/sample";
import { axeViolations } from "./support/axe";
import { waitForPageScripts } from "./support/page-scripts";

const CANONICAL = `${E2E_ENV.SITE_URL}${SHOIGU_ARTICLE.path}`;

test.describe("with JavaScript", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("where there is no share sheet, Copy link copies the canonical address and says so", async ({ page }) => {
    // Desktop Chromium on Linux has no share sheet; make sure of it whatever the build.
    await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
    await page.goto(SHOIGU_ARTICLE.path);
    const share = page.getByRole("group", { name: "Share this article" });
    const button = share.getByRole("button", { name: "Copy link" });
    await button.click();
    await expect(share.getByRole("status")).toHaveText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CANONICAL);
  });

  test("where there is a share sheet, Share hands it the headline and the canonical address", async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = shared;
      Object.defineProperty(Navigator.prototype, "share", {
        configurable: true,
        value: async (data: ShareData) => void shared.push(data),
      });
    });
    await page.goto(SHOIGU_ARTICLE.path);
    await page.getByRole("group", { name: "Share this article" }).getByRole("button", { name: "Share" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([{ title: await page.locator("h1").innerText(), url: CANONICAL }]);
  });

  test("the button appearing after hydration moves nothing on the page", async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(SHOIGU_ARTICLE.path);
    await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });

  test("the article with its share control has no axe violations, and loads nothing from another origin", async ({
    page,
  }) => {
    const foreign: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!["data:", "blob:"].includes(url.protocol) && url.origin !== new URL(E2E_ENV.SITE_URL).origin)
        foreign.push(request.url());
    });
    await page.goto(SHOIGU_ARTICLE.path);
    await waitForPageScripts(page); // everything the page's scripts ask for is asked for
    await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
    expect(await axeViolations(page, { include: ".article-share" })).toEqual([]);
    expect(await page.locator("iframe").count()).toBe(0);
    expect(foreign).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the email link carries the headline and canonical address, and there is no dead button", async ({ page }) => {
    await page.goto(SHOIGU_ARTICLE.path);
    const share = page.getByRole("group", { name: "Share this article" });
    const email = share.getByRole("link", { name: "Email this article" });
    await expect(email).toBeVisible();
    const href = new URL((await email.getAttribute("href"))!);
    expect(href.protocol).toBe("mailto:");
    expect(href.searchParams.get("body")).toBe(CANONICAL);
    expect(href.searchParams.get("subject")).toBe(await page.locator("h1").innerText());
    await expect(share.getByRole("button")).toHaveCount(0);
  });
});
