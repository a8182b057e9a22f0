// Hostile search input: FTS syntax, markup, SQL, bidi and control characters in the query and in every filter. Each
// search answers without a server error, its query is kept only as text, and nothing injected comes alive.
import { expect, test } from "@playwright/test";
import { expectClearRefusal, expectNothingRan, hostileAddress, label, watchDialogs } from "./support/hostile";
import { BIDI, CONTROL, MARKUP, SEARCH_SYNTAX, SQL } from "./support/payloads";

test.use({ extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": hostileAddress() }) });

test.afterAll(async ({ request }) => {
  expect((await request.get("/")).status(), "the server is still up").toBe(200);
});

const QUERIES = [...SEARCH_SYNTAX, ...MARKUP, ...SQL, ...BIDI, ...CONTROL];

/** As a browser's form would send it (a lone surrogate becomes U+FFFD; encodeURIComponent would throw on it). */
const search = (fields: Record<string, string>) => `/search?${new URLSearchParams(fields).toString()}`;

for (const { label: name, value } of QUERIES) {
  test(`query: ${name} (${label(value)})`, async ({ request }) => {
    const response = await request.get(search({ q: value }));
    expect(response.status(), "answers the search").toBe(200);
    const html = await response.text();
    // Whatever markup the query held is text on the page: no "<" of it survives unescaped.
    if (/[<>]/.test(value)) expect(html).not.toContain(value);
    expect(html).not.toMatch(/<img src="?x"?/i);
    expect(html).not.toMatch(/<script>window\.__pwned/);
  });
}

test("markup in the query runs nowhere on the results page", async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs = watchDialogs(page);
  for (const { value } of MARKUP) {
    await page.goto(search({ q: value }));
    await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue(value.replace(/\s+/g, " ").trim());
    await expectNothingRan(page, dialogs, ".search-summary, .search-results, .search-help");
  }
});

test("a very long query is cut to 200 characters and still searched", async ({ request, page }) => {
  // 1,800 characters: far past the cap, well within the request line servers accept.
  const long = "water ".repeat(300);
  const response = await request.get(`/search?q=${encodeURIComponent(long)}`);
  expect(response.status()).toBe(200);
  await page.goto(`/search?q=${encodeURIComponent(long)}`);
  const value = await page.getByRole("searchbox", { name: "Search for" }).inputValue();
  expect(value.length).toBeLessThanOrEqual(200);
  await expect(page.locator(".search-results > li")).not.toHaveCount(0);
});

test("malformed escapes and repeated fields in the query string", async ({ request }) => {
  for (const query of [
    "q=%E0%A4%A",
    "q=%",
    "q=%00coral",
    "q=a&q=b",
    "q[]=x",
    "q=%F0%9F%92%A9",
    "q=water&page=1&page=2",
  ]) {
    const response = await request.get(`/search?${query}`);
    expect(response.status(), query).toBeLessThan(500);
  }
});

for (const field of ["section", "from", "to", "page"] as const) {
  test(`hostile ${field} filter: a clear 4xx, never echoed`, async ({ request }) => {
    for (const { value } of [...MARKUP.slice(0, 6), ...SQL, ...SEARCH_SYNTAX.slice(0, 4), ...CONTROL.slice(0, 3)]) {
      const response = await request.get(search({ q: "water", [field]: value }));
      await expectClearRefusal(response, `${field}=${label(value)}`);
      const html = await response.text();
      if (/[<>]/.test(value)) expect(html).not.toContain(value);
    }
  });
}
