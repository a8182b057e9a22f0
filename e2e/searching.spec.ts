// A reader searches: from the masthead on any page, with JavaScript off, through pages of results and filters, and
// never finds an article that is not public. The page is noindex and never cached publicly.
import { expect, test } from "@playwright/test";
import { loadContent } from "../lib/content/load";
import { newEditor, signIn } from "./support/editors";
import { expectClearRefusal, hostileAddress } from "./support/hostile";
import { SHOIGU_ARTICLE, UNPUBLISHED } from "./support/sample";

test.use({ javaScriptEnabled: false });

const results = (page: import("@playwright/test").Page) => page.locator(".search-results > li");

test("search from the masthead without JavaScript: results with highlights, the query kept", async ({ page }) => {
  await page.goto("/authors");
  const masthead = page.getByRole("search", { name: "Site" });
  await masthead.getByRole("searchbox", { name: "Search articles" }).fill("abalone");
  await masthead.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=abalone$/);
  await expect(page).toHaveTitle(/^1 result for “abalone”/);
  await expect(page.getByRole("status")).toHaveText("1 result for “abalone”");
  await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue("abalone");
  const first = results(page).first();
  await expect(first.getByRole("heading", { level: 2 })).toHaveText(/women divers/);
  await expect(first.locator("mark").first()).toHaveText(/abalone/i);
  await expect(first.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  await first.getByRole("link").click();
  await expect(page).toHaveURL(/\/asia\/jeju-mulgeum-ri-haenyeo-women-divers-school$/);
});

test("the results page is noindex, follow and never cached publicly; the masthead form is on every page", async ({
  page,
  request,
}) => {
  const response = await request.get("/search?q=water");
  expect(response.status()).toBe(200);
  const cache = response.headers()["cache-control"] ?? "";
  expect(cache).toMatch(/private/);
  expect(cache).toMatch(/no-store/);
  expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
  await page.goto("/search?q=water");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");
  for (const path of ["/", "/asia", SHOIGU_ARTICLE.path, "/authors/lena-marsh", "/support", "/search?q=water"]) {
    await page.goto(path);
    const form = page.locator("form.masthead-search");
    await expect(form, path).toHaveAttribute("action", "/search");
    await expect(form, path).toHaveAttribute("method", "get");
    await expect(form.locator('input[name="q"]'), path).toHaveAccessibleName("Search articles");
  }
});

test("twenty results a page with real links between pages", async ({ page }) => {
  await page.goto("/search?q=the");
  const status = (await page.getByRole("status").textContent()) ?? "";
  const total = Number(/^(\d+) results/.exec(status)?.[1]);
  expect(total).toBeGreaterThan(20);
  await expect(results(page)).toHaveCount(20);
  const firstPage = await results(page).locator("h2").allTextContents();
  const pages = page.getByRole("navigation", { name: "Search result pages" });
  await pages.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/\/search\?q=the&page=2$/);
  await expect(page.getByRole("status")).toContainText("page 2 of");
  await expect(results(page)).toHaveCount(Math.min(20, total - 20));
  const secondPage = await results(page).locator("h2").allTextContents();
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
  await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue("the");
  // A page past the last does not exist.
  expect((await page.request.get(`/search?q=the&page=${Math.ceil(total / 20) + 1}`)).status()).toBe(404);
});

test("filters by section and by date, as GET fields", async ({ page }) => {
  await page.goto("/search?q=water");
  await page.getByLabel("Section", { exact: true }).selectOption("middle-east");
  await page.getByRole("search", { name: "Search articles" }).getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/section=middle-east/);
  await expect(page.getByLabel("Section", { exact: true })).toHaveValue("middle-east");
  const kickers = await results(page).locator(".card-kicker").allTextContents();
  expect(kickers.length).toBeGreaterThan(0);
  expect(new Set(kickers)).toEqual(new Set(["Middle East"]));

  await page.goto("/search?q=desalination&from=2024-01-01&to=2024-12-31");
  await expect(page.getByLabel("Published from")).toHaveValue("2024-01-01");
  await expect(page.getByLabel("Published until")).toHaveValue("2024-12-31");
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText("Jordan bets on Red Sea desalination");

  // Nothing in range: the reader is offered the same search without filters, and the sections.
  await page.goto("/search?q=desalination&section=science");
  await expect(page.getByRole("status")).toHaveText("No results for “desalination”");
  await page.getByRole("link", { name: "search all sections and dates" }).click();
  await expect(page).toHaveURL(/\/search\?q=desalination$/);
  await expect(results(page)).not.toHaveCount(0);
});

test("empty and no-result searches help the reader on", async ({ page }) => {
  for (const path of ["/search", "/search?q=", "/search?q=%20%20"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    await expect(page.getByRole("status")).toHaveText("Search the archive");
    await expect(page.locator(".search-sections").getByRole("link", { name: "Asia" })).toHaveAttribute("href", "/asia");
  }
  await page.goto("/search?q=zzqxwv");
  await expect(page.getByRole("status")).toHaveText("No results for “zzqxwv”");
  await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue("zzqxwv");
  await expect(page.locator(".search-sections").getByRole("link", { name: "Science" })).toBeVisible();
});

test("filters and page numbers that cannot be read answer 400 with a message; unknown sections 404", async ({
  request,
}) => {
  for (const query of ["page=0", "page=abc", "from=2023-02-29", "to=31%2F12%2F2024", "from=2025-01-01&to=2024-01-01"]) {
    await expectClearRefusal(await request.get(`/search?q=water&${query}`), query);
    expect((await request.get(`/search?q=water&${query}`)).status(), query).toBe(400);
  }
  expect((await request.get("/search?q=water&section=no-such-section")).status()).toBe(404);
});

test("drafts, scheduled and withdrawn articles are never found", async ({ request }) => {
  const now = new Date();
  const withdrawn = loadContent("content").articles.filter(
    (article) => article.retracted && article.retracted.at <= now,
  );
  const hidden = [...UNPUBLISHED, ...withdrawn.map(({ path, title }) => ({ path, title }))];
  expect(hidden.length).toBeGreaterThan(2);
  for (const { path, title } of hidden) {
    const rare = title.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
    for (const q of [`"${title}"`, rare, title]) {
      const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html, `${q} → ${path}`).not.toContain(`href="${path}"`);
      // The query is kept in its box and the title; the results list never names the article.
      const list = /<ol class="search-results"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? "";
      expect(list, `${q} → ${path}`).not.toContain(path);
      expect(list.replace(/<[^>]*>/g, ""), `${q} → ${path}`).not.toContain(title.split(" ").slice(0, 3).join(" "));
    }
  }
});

test("an editor previewing a draft gets the same public results", async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "X-Forwarded-For": hostileAddress() },
  });
  const page = await context.newPage();
  try {
    await signIn(page, newEditor().email);
    const draft = UNPUBLISHED.find((article) => article.status === "draft")!;
    await page.goto(`/api/preview?slug=${draft.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(draft.title);
    for (const q of [`"${draft.title}"`, draft.title]) {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      await expect(page.locator(`.search-results a[href="${draft.path}"]`)).toHaveCount(0);
    }
  } finally {
    await context.close();
  }
});
