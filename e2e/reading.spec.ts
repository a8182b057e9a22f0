// A reader goes from the front page to a section, an article, its author, and back.
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { SHOIGU_ARTICLE } from "./support/sample";

const INDONESIA_ARTICLE_PATH = "/asia/indonesia-constitutional-court-upholds-prabowo-election-win";

test("front page → section → article → author and back", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "The Meridian Post" })).toBeVisible();
  const menu = page.getByRole("navigation", { name: "Sections" });
  await expect(menu.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "Latest", level: 2 })).toBeVisible();

  await menu.getByRole("link", { name: "Asia" }).click();
  await expect(page).toHaveURL(/\/asia$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Asia");
  await expect(menu.getByRole("link", { name: "Asia" })).toHaveAttribute("aria-current", "page");
  await expect(menu.getByRole("link", { name: "Home" })).not.toHaveAttribute("aria-current", /.*/);

  const firstHeadline = page.locator(".lead-story .card-title a");
  const headline = (await firstHeadline.textContent())!.trim();
  await firstHeadline.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(page.locator("h1")).toHaveCount(1);
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem");
  await expect(crumbs).toHaveText(["Home»", "Asia»", headline]);
  await expect(menu.getByRole("link", { name: "Asia" })).toHaveAttribute("aria-current", "page");

  const author = page.locator(".byline a[rel=author]").first();
  const authorName = (await author.textContent())!.trim();
  await author.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(authorName);
  await expect(page.getByRole("link", { name: headline })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("an article shows everything a reader expects", async ({ page }) => {
  await page.goto(SHOIGU_ARTICLE.path);
  const article = page.getByRole("article").first();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Russia");
  await expect(page.locator(".article-standfirst")).not.toBeEmpty();
  await expect(article.locator(".byline a[rel=author]")).toHaveText(["Lena Marsh"]);
  const published = page.locator(".article-dates div", { hasText: "Published" }).locator("time");
  await expect(published).toHaveAttribute("datetime", "2014-11-18T19:40:00+08:00");
  await expect(published).toHaveText("18 November 2014 at 19:40");
  await expect(page.locator(".article-dates")).toContainText(/\d+ min read/);
  await expect(page.locator(".hero-figure img")).toHaveAttribute("alt", /.+/);
  await expect(page.locator(".hero-figure figcaption")).not.toBeEmpty();
  await expect(page.locator(".article-body blockquote")).not.toHaveCount(0);
  await expect(page.locator(".article-body h2")).not.toHaveCount(0);
  await expect(page.locator(".tag-list li")).not.toHaveCount(0);
  const authorBox = page.locator(".author-box");
  await expect(authorBox.getByRole("img", { name: "Portrait of Lena Marsh" })).toBeVisible();
  await expect(authorBox).toContainText("Asia editor");
  await expect(authorBox.getByRole("link", { name: "Lena Marsh", exact: true })).toHaveAttribute(
    "href",
    "/authors/lena-marsh",
  );
  const related = page.getByRole("region", { name: "Related articles" }).getByRole("article");
  expect(await related.count()).toBeGreaterThanOrEqual(3);
});

test("the date bar shows today's date in the newsroom's time zone", async ({ page }) => {
  await page.goto("/asia");
  const expected = new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Asia/Singapore",
  }).format(new Date());
  await expect(page.locator(".date-bar time")).toHaveText(expected);
});

test("the page works on a 320 px wide screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/", "/asia", SHOIGU_ARTICLE.path, "/authors/lena-marsh"]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("headlines are drawn in the house serif from one small preloaded font file", async ({ page }) => {
  const fonts: string[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "font") fonts.push(request.url());
  });
  await page.goto(SHOIGU_ARTICLE.path, { waitUntil: "networkidle" });
  // The one web font the page uses (the body's emphasis included: no separate italic file), announced in the head.
  expect(fonts).toHaveLength(1);
  const preloaded = await page
    .locator('head link[rel="preload"][as="font"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(preloaded).toEqual(fonts);
  const size = await page.request.get(fonts[0]!).then(async (response) => (await response.body()).length);
  expect(size).toBeLessThan(30_000);
  // The headline's first family is that font, and it has loaded (not only its metric-matched fallback).
  const loaded = await page.locator("h1").evaluate(async (headline) => {
    await document.fonts.ready;
    const family = getComputedStyle(headline).fontFamily.split(",")[0]!.trim();
    return document.fonts.check(`800 40px ${family}`) && [...document.fonts].some((face) => face.status === "loaded");
  });
  expect(loaded).toBe(true);
});

// The serif is font-display: swap, so a late font swaps in under the reader; the fallback face is resized to it so
// that nothing moves. It cannot match every line of every headline (a few still break differently), but it sets these
// pages exactly as the web font does: before the fallback face worked, each of them moved when the font came.
const LATE_FONT_PAGES = ["/", "/asia", "/authors/lena-marsh", SHOIGU_ARTICLE.path, INDONESIA_ARTICLE_PATH];
for (const width of [1280, 390])
  for (const path of LATE_FONT_PAGES)
    test(`a reader whose web font comes late sees nothing move: ${path}, ${width} px wide`, async ({ browser }) => {
      // A first visit (no font in the cache, no support banner yet).
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      // The font answers a second and a half after it is asked for: the page paints before it has come.
      await page.route(/\.woff2$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await page.addInitScript(() => {
        const seen: { shifts: number[]; firstPaint?: number; fontLoaded?: number } = { shifts: [] };
        (window as unknown as { seen: typeof seen }).seen = seen;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            seen.shifts.push(entry.value);
        }).observe({ type: "layout-shift", buffered: true });
        new PerformanceObserver((list) => (seen.firstPaint ??= list.getEntries()[0]?.startTime)).observe({
          type: "paint",
          buffered: true,
        });
        // When the web font itself has loaded (the fallback's local faces report loading too).
        document.fonts.addEventListener("loadingdone", (event) => {
          if (event.fontfaces.some((face) => !face.family.includes("Fallback"))) seen.fontLoaded ??= performance.now();
        });
      });
      await page.goto(path);
      const seen = await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const fallbackFound = [...document.fonts].some(
          (face) => face.family.replaceAll('"', "") === "Source Serif Fallback" && face.status === "loaded",
        );
        const { seen } = window as unknown as { seen: { shifts: number[]; firstPaint?: number; fontLoaded?: number } };
        return { ...seen, fallbackFound };
      });
      expect(seen.firstPaint, `${path}: the first paint came before the font (${JSON.stringify(seen)})`).toBeLessThan(
        seen.fontLoaded!,
      );
      expect(seen.fallbackFound, `${path}: the metric-matched fallback found a local font`).toBe(true);
      expect(seen.shifts, `${path}: layout shifts`).toEqual([]);
      await page.close();
    });

test("pages paint from their own HTML: the stylesheet comes inline, allowed by the policy's hashes alone", async ({
  page,
}) => {
  for (const path of [SHOIGU_ARTICLE.path, "/asia", "/"]) {
    const stylesheets: string[] = [];
    const refused: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "stylesheet") stylesheets.push(request.url());
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    const response = await page.goto(path, { waitUntil: "networkidle" });
    // No request stands between the HTML and the first paint.
    expect(stylesheets, path).toEqual([]);
    const inline = await page.locator("head style").evaluateAll((styles) => styles.map((style) => style.textContent));
    expect(inline.join("").length, path).toBeGreaterThan(10_000);
    // Each <style> is allowed by its own hash, and style-src allows no other inline style.
    const styleSrc = /(?:^|;)\s*style-src ([^;]*)/.exec(response!.headers()["content-security-policy"] ?? "")?.[1];
    expect(styleSrc, path).not.toContain("unsafe-inline");
    for (const text of inline) {
      expect(styleSrc, path).toContain(
        `'sha256-${createHash("sha256")
          .update(text ?? "")
          .digest("base64")}'`,
      );
    }
    expect(refused, path).toEqual([]);
    // And the styles are the site's: the paper colour, not the browser's white.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, path).not.toBe("rgba(0, 0, 0, 0)");
    expect(background, path).not.toBe("rgb(255, 255, 255)");
    page.removeAllListeners("request");
    page.removeAllListeners("console");
  }
});
