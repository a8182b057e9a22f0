// Crafted addresses (undecodable percent-escapes, invalid UTF-8, huge, negative and odd page numbers) get a 400 or
// 404 with a readable page, never a 5xx, on every kind of route.
import { expect, test } from "@playwright/test";
import { SHOIGU_ARTICLE } from "./support/sample";

const article = SHOIGU_ARTICLE.path;
const noFollow = { maxRedirects: 0 };

/** Percent-escapes that do not decode: malformed, or spelling invalid UTF-8 (overlong, lone surrogate, stray bytes). */
const UNDECODABLE = [
  "/%E0%A4%A",
  "/%",
  "/%zz",
  "/%ff",
  "/%C0%AF",
  "/%ED%A0%80",
  "/asia/%ff%fe",
  "/asia/%ff%fe/",
  "/%ff/page/1",
  "/asia/page/%ff",
  "/authors/%ff",
  "/authors/lena-marsh/page/%E0%A4%A",
  `${article}/%ff`,
  `${article}/comments/%ff`,
  `${article}/comments/reply/%ff`,
  `${article}/comments/report/%E0%A4%A`,
  "/og/%ff",
  "/media/16x9/images/%ff.jpg",
  "/sitemaps/%ff",
  "/%ff/feed.xml",
  "/authors/%ff/atom.xml",
  "/editor/%ff",
  "/editor/share/%ff",
  "/preview/%ff",
  "/withdrawn/%ff",
  "/moved/%ff",
  "/_next/static/%ff",
  "/images/%ff",
  "/api/%ff",
];

/** Page numbers no listing has: huge, negative, zero, padded, fractional, exponent, past the last. */
const NO_SUCH_PAGE = [
  "/asia/page/99999999999999999999",
  "/asia/page/-1",
  "/asia/page/1e3",
  "/asia/page/0",
  "/asia/page/02",
  "/asia/page/2.5",
  "/asia/page/9007199254740993",
  "/asia/page/50000",
  "/asia/page/+2",
  "/authors/lena-marsh/page/0",
  "/authors/lena-marsh/page/-1",
  "/authors/lena-marsh/page/99999999999999999999",
  "/authors/lena-marsh/page/50000",
  `${article}/comments/99999999999999999999`,
  `${article}/comments/-1`,
  `${article}/comments/0`,
  `${article}/comments/1e3`,
  `${article}/comments/1000000000`,
  `${article}/comments/reply/99999999999999999999`,
  `${article}/comments/reply/-1`,
  `${article}/comments/report/99999999999999999999`,
  `${article}/comments/report/0`,
  "/sitemaps/articles-99999999999999999999.xml",
  "/sitemaps/articles-0.xml",
  "/sitemaps/articles--1.xml",
];

test("undecodable addresses answer 400 with a page saying what is wrong", async ({ request }) => {
  for (const path of UNDECODABLE) {
    const response = await request.get(path, noFollow);
    expect(response.status(), path).toBe(400);
    expect(response.headers()["content-type"], path).toContain("text/html");
    expect(await response.text(), path).toContain("<h1>This address is not valid</h1>");
  }
});

test("page numbers that do not exist answer 404, never an error", async ({ request }) => {
  for (const path of NO_SUCH_PAGE) {
    const response = await request.get(path, noFollow);
    expect(response.status(), path).toBe(404);
    expect((await response.text()).length, path).toBeGreaterThan(0);
  }
});

test("a reader sees a readable page for a bad address and for a page past the last", async ({ page }) => {
  expect((await page.goto("/asia/%E0%A4%A"))?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This address is not valid");
  await page.getByRole("link", { name: "front page" }).click();
  await expect(page).toHaveURL(/\/$/);
  for (const path of [
    "/asia/page/99999999999999999999",
    "/authors/lena-marsh/page/0",
    `${article}/comments/99999999999999999999`,
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  }
});
