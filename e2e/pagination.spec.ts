// Sections and authors list 20 articles a page, with links that work without JavaScript.
import { expect, test } from "@playwright/test";

for (const base of ["/asia", "/authors/lena-marsh"]) {
  test(`${base} pages through its articles`, async ({ page }) => {
    await page.goto(base);
    const cards = page.locator("main article");
    await expect(cards).toHaveCount(20);
    const firstPageTitles = await cards.locator(".card-title").allTextContents();
    const pager = page.locator("nav.pagination");
    await expect(pager.getByText("1", { exact: false }).first()).toBeVisible();
    await expect(pager.locator("[aria-current=page]")).toHaveText("Page 1");

    await pager.getByRole("link", { name: "Older" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/page/2$`));
    await expect(pager.locator("[aria-current=page]")).toHaveText("Page 2");
    const secondPageTitles = await page.locator("main article .card-title").allTextContents();
    expect(secondPageTitles.length).toBeGreaterThan(0);
    expect(secondPageTitles.filter((title) => firstPageTitles.includes(title))).toEqual([]);

    await pager.getByRole("link", { name: "Newer" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}$`));
  });

  test(`${base}: a page past the last is a 404`, async ({ request }) => {
    expect((await request.get(`${base}/page/99`)).status()).toBe(404);
    expect((await request.get(`${base}/page/0`)).status()).toBe(404);
    expect((await request.get(`${base}/page/two`)).status()).toBe(404);
  });
}

test("section listings are newest first", async ({ page }) => {
  await page.goto("/asia");
  const dates = await page
    .locator("main article time")
    .evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
  const instants = dates.map((date) => Date.parse(date));
  expect(instants).toEqual([...instants].sort((a, b) => b - a));
});
