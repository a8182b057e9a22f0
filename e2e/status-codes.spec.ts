// What crawlers and old links get: 404 for unknown and unpublished, 308 for moved.
import { expect, test } from "@playwright/test";
import { nuErrors } from "./support/nu-checker";
import { SHOIGU_ARTICLE, UNPUBLISHED } from "./support/sample";
import { axeViolations } from "./support/axe";

const noFollow = { maxRedirects: 0 };

test("unknown paths get the site's 404 page with status 404", async ({ page }) => {
  for (const path of ["/no-such-section", "/asia/no-such-article", "/authors/nobody", "/asia/page/2/extra"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
    await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
  }
});

test("drafts and scheduled articles are 404 for readers", async ({ request }) => {
  expect(UNPUBLISHED.length).toBeGreaterThanOrEqual(3);
  for (const { path, title, standfirst } of UNPUBLISHED) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html).not.toContain(title);
    expect(html).not.toContain(standfirst);
  }
});

test("drafts and scheduled articles appear in no listing", async ({ request }) => {
  for (const listing of [
    "/",
    "/asia",
    "/science",
    "/economy",
    "/authors/lena-marsh",
    "/authors/priya-raman",
    "/authors/rafael-quintero",
  ]) {
    const html = await (await request.get(listing)).text();
    for (const { path, title } of UNPUBLISHED) {
      expect(html, `${listing} lists ${path}`).not.toContain(path);
      expect(html, `${listing} shows "${title}"`).not.toContain(title);
    }
  }
});

test("an article under the wrong section redirects permanently to its canonical URL", async ({ request }) => {
  for (const wrong of [`/europe/${SHOIGU_ARTICLE.slug}`, `/no-such-section/${SHOIGU_ARTICLE.slug}`]) {
    const response = await request.get(wrong, noFollow);
    expect(response.status(), wrong).toBe(308);
    expect(response.headersArray().filter((h) => h.name.toLowerCase() === "location")).toHaveLength(1);
    expect(new URL(response.headers().location!, "http://x").pathname).toBe(SHOIGU_ARTICLE.path);
  }
});

test("an unpublished article under another section is still a 404, not a redirect", async ({ request }) => {
  for (const { path } of UNPUBLISHED) {
    const slug = path.split("/").pop();
    expect((await request.get(`/europe/${slug}`, noFollow)).status()).toBe(404);
  }
});

test("an old address from redirectFrom redirects permanently, once, keeping the query", async ({ request }) => {
  for (const old of [SHOIGU_ARTICLE.oldPath, `${SHOIGU_ARTICLE.oldPath}/`]) {
    const response = await request.get(`${old}?utm_source=newsletter`, noFollow);
    expect(response.status(), old).toBe(308);
    expect(response.headersArray().filter((h) => h.name.toLowerCase() === "location")).toHaveLength(1);
    const location = new URL(response.headers().location!, "http://x");
    expect(location.pathname).toBe(SHOIGU_ARTICLE.path);
    expect(location.search).toBe("?utm_source=newsletter");
  }
  const followed = await request.get(SHOIGU_ARTICLE.oldPath);
  expect(followed.status()).toBe(200);
});

test("an unpublished article's old address is a 404, not a redirect", async ({ request }) => {
  const oldAddresses = UNPUBLISHED.flatMap((article) => article.redirectFrom);
  expect(oldAddresses.length).toBeGreaterThan(0);
  for (const old of oldAddresses) {
    const response = await request.get(old, noFollow);
    expect(response.status(), old).toBe(404);
    expect(response.headers().location).toBeUndefined();
    expect(await response.text()).not.toContain(
      UNPUBLISHED.find((article) => article.redirectFrom.includes(old))!.slug,
    );
  }
});

test("page 1 and trailing slashes redirect to the canonical listing", async ({ request }) => {
  for (const [from, to] of [
    ["/asia/page/1", "/asia"],
    ["/asia/", "/asia"],
    ["/asia/page/1/", "/asia"],
    ["/authors/lena-marsh/page/1", "/authors/lena-marsh"],
    [`/europe/${SHOIGU_ARTICLE.slug}/`, SHOIGU_ARTICLE.path],
  ]) {
    const response = await request.get(from!, noFollow);
    expect(response.status(), from).toBe(308);
    expect(new URL(response.headers().location!, "http://x").pathname).toBe(to);
  }
});

test("a section typed in another letter case redirects permanently to its own address", async ({ request }) => {
  for (const [from, to] of [
    ["/Asia", "/asia"],
    ["/ASIA", "/asia"],
    ["/Asia/page/2", "/asia/page/2"],
  ]) {
    const response = await request.get(from!, noFollow);
    expect(response.status(), from).toBe(308);
    expect(new URL(response.headers().location!, "http://x").pathname).toBe(to);
    expect(response.headers()["content-security-policy"], from).toBeTruthy();
  }
  expect((await request.get("/Atlantis", noFollow)).status()).toBe(404);
  expect((await request.get("/Asia/page/999", noFollow)).status()).toBe(404);
});

test("a withdrawn article answers 410 Gone with the newsroom's notice, and leaves every listing", async ({
  page,
  request,
}) => {
  test.slow(); // The Nu checker starts a Java VM: seconds of CPU, more on a busy machine.
  const path = "/economy/port-keswin-council-leases-land-for-rental-homes";
  const response = await page.goto(path);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This article has been withdrawn");
  await expect(page.locator("main")).toContainText("We have withdrawn this article.");
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByRole("link", { name: "More from Economy" })).toHaveAttribute("href", "/economy");
  expect(nuErrors({ withdrawn: await response!.text() })).toEqual([]);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), scheme).toEqual([]);
  }
  expect(
    (await request.get("/asia/port-keswin-council-leases-land-for-rental-homes", { maxRedirects: 0 })).status(),
  ).toBe(410);
  for (const listing of ["/economy", "/", "/feed.xml", "/sitemaps/articles-1.xml", "/authors/rafael-quintero"]) {
    expect(await (await request.get(listing)).text(), listing).not.toContain(
      "port-keswin-council-leases-land-for-rental-homes",
    );
  }
});

test("public pages can be cached by a CDN; private ones are never stored", async ({ request }) => {
  for (const path of ["/", "/asia", SHOIGU_ARTICLE.path, "/authors/lena-marsh"]) {
    const cacheControl = (await request.get(path)).headers()["cache-control"];
    expect(cacheControl, path).toMatch(/s-maxage=\d+/);
    expect(cacheControl, path).toMatch(/stale-while-revalidate/);
  }
  for (const path of ["/editor/sign-in", "/api/comments/token"]) {
    expect((await request.get(path)).headers()["cache-control"], path).toMatch(/no-store/);
  }
});
