// Every page is complete server-rendered HTML: with JavaScript off a reader still gets everything and can navigate.
import { expect, test } from "@playwright/test";
import { SHOIGU_ARTICLE, UNPUBLISHED } from "./support/sample";

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

// Every kind of 404 the site answers: no route at all, a page past the last, an unknown article, topic or author, an
// unpublished article, a search filter naming no section. Next.js renders those a page decides on request as an
// empty document (scripts/not-found-page.mjs mends them), so each is read as a reader without JavaScript sees it.
const NOT_FOUND_ADDRESSES = [
  "/no-such-page",
  "/asia/page/99",
  "/asia/no-such-article",
  "/topics/no-such-topic",
  "/authors/nobody",
  "/search?q=rice&section=atlantis",
  UNPUBLISHED[0]!.path,
];

for (const address of NOT_FOUND_ADDRESSES) {
  test(`a 404 is a complete page without JavaScript: ${address}`, async ({ page }) => {
    const response = await page.goto(address);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
    await expect(page.getByRole("link", { name: "Go to the front page" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", /^en/);
  });
}
