// Every page is complete server-rendered HTML: with JavaScript off a reader still gets everything and can navigate.
import { expect, test } from "@playwright/test";
import { SHOIGU_ARTICLE } from "./support/sample";

test.use({ javaScriptEnabled: false });

test("reading works with JavaScript disabled", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".date-bar time")).not.toBeEmpty();
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Asia" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Asia");
  await expect(page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Asia" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.locator("nav.pagination").getByRole("link", { name: "Older" }).click();
  await expect(page).toHaveURL(/\/asia\/page\/2$/);

  await page.goto(SHOIGU_ARTICLE.path);
  await expect(page.locator(".article-body p")).not.toHaveCount(0);
  await expect(page.locator(".article-body blockquote")).not.toHaveCount(0);
  await expect(page.locator(".author-box")).toContainText("Lena Marsh");
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Home»Asia»");
  const hero = page.locator(".hero-figure img");
  await expect(hero).toBeVisible();
  expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  await page.locator(".byline a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lena Marsh");
});
