// Corrections as readers and crawlers meet them: a dated note on the article, its structured data and modified time,
// the corrections page and its feed; never a correction to an article that is not public.
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import { E2E_ENV } from "../playwright.config";
import { loadContent } from "../lib/content/load";
import { isoInZone } from "../lib/dates";
import { nuErrors } from "./support/nu-checker";
import { articleProblems, extract, validatorIssues } from "./support/structured-data";
import { axeViolations } from "./support/axe";

const ORIGIN = E2E_ENV.SITE_URL;
const content = loadContent("content");
const zone = content.site.timeZone;
const now = new Date();
const isPublicNow = (a: (typeof content.articles)[number]) =>
  a.status === "published" && a.publishedAt <= now && !(a.retracted && a.retracted.at <= now);
const corrected = content.articles.filter((a) => isPublicNow(a) && a.corrections.length > 0);
const unpublishedCorrected = content.articles.filter((a) => !isPublicNow(a) && a.corrections.length > 0);
const article = corrected.find((a) => a.corrections.length > 1)!;
const latest = article.corrections.at(-1)!;

test("the sample content has corrections on public articles and on one that is not public", () => {
  expect(corrected.length).toBeGreaterThanOrEqual(2);
  expect(article).toBeDefined();
  expect(unpublishedCorrected.length).toBeGreaterThan(0);
});

test("a corrected article shows each dated correction under the standfirst, and its update time", async ({ page }) => {
  await page.goto(article.path);
  const notes = page.getByRole("note");
  await expect(notes).toHaveCount(article.corrections.length);
  for (const [i, correction] of article.corrections.entries()) {
    const note = notes.nth(i);
    await expect(note).toContainText("Correction");
    await expect(note).toContainText(correction.text);
    await expect(note.locator("time")).toHaveAttribute("datetime", isoInZone(correction.at, zone));
  }
  // Under the standfirst, in the header.
  const order = await page.evaluate(() => {
    const standfirst = document.querySelector(".article-standfirst")!;
    const note = document.querySelector('[role="note"]')!;
    return standfirst.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  const updated = page.locator(".article-dates div", { hasText: "Updated" }).locator("time");
  await expect(updated).toHaveAttribute("datetime", isoInZone(latest.at, zone));
  await expect(page.locator('head meta[property="article:modified_time"]')).toHaveAttribute(
    "content",
    isoInZone(latest.at, zone),
  );
});

test("the corrected article's NewsArticle lists its corrections and validates, dated by the latest", async ({
  request,
}) => {
  test.slow(); // The Nu checker starts a Java VM: seconds of CPU, more on a busy machine.
  const html = await (await request.get(article.path)).text();
  const extracted = extract(html);
  expect(await validatorIssues(extracted)).toEqual([]);
  const node = extracted.jsonld.NewsArticle?.[0];
  expect(node).toBeDefined();
  expect(articleProblems(node!)).toEqual([]);
  expect(node!.dateModified).toBe(isoInZone(latest.at, zone));
  const corrections = ([] as Record<string, unknown>[]).concat(node!.correction as Record<string, unknown>[]);
  expect(corrections.map(({ "@type": type, datePublished, text }) => ({ type, datePublished, text }))).toEqual(
    article.corrections.map((correction) => ({
      type: "CorrectionComment",
      datePublished: isoInZone(correction.at, zone),
      text: correction.text,
    })),
  );
  expect(nuErrors({ corrected: html }).map((e) => `${e.lastLine}: ${e.message}`)).toEqual([]);
});

test("the article sitemap and the feeds date a corrected article by its latest correction", async ({ request }) => {
  const sitemap = await (await request.get("/sitemaps/articles-1.xml")).text();
  expect(sitemap).toContain(`<loc>${ORIGIN}${article.path}</loc><lastmod>${latest.at.toISOString()}</lastmod>`);
  const section = article.path.split("/")[1];
  const atom = await (await request.get(`/${section}/atom.xml`)).text();
  const entry = atom.split("<entry>").find((part) => part.includes(`<id>${ORIGIN}${article.path}</id>`));
  expect(entry).toContain(`<updated>${latest.at.toISOString()}</updated>`);
});

test("/corrections lists the latest corrections newest first, with links to their articles, and has a feed", async ({
  page,
}) => {
  await page.goto("/corrections");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corrections");
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    "href",
    `${ORIGIN}/corrections/feed.xml`,
  );
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", `${ORIGIN}/corrections`);
  const expected = corrected
    .flatMap((a) => a.corrections.map((correction) => ({ a, correction })))
    .sort((x, y) => y.correction.at.getTime() - x.correction.at.getTime());
  const items = page.locator(".corrections-item");
  await expect(items).toHaveCount(expected.length);
  for (const [i, { a, correction }] of expected.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole("link", { name: a.title })).toHaveAttribute("href", a.path);
    await expect(item.locator("time")).toHaveAttribute("datetime", isoInZone(correction.at, zone));
    await expect(item).toContainText(correction.text);
  }
  await items.first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${expected[0]!.a.path}$`));
  await expect(page.getByRole("note").first()).toBeVisible();
});

test("the corrections feed parses as RSS, newest first, linking to the corrected articles", async ({ request }) => {
  const response = await request.get("/corrections/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  const feed = parseFeed(await response.text());
  const expectedCount = corrected.reduce((sum, a) => sum + a.corrections.length, 0);
  expect(feed.items).toHaveLength(expectedCount);
  const dates = feed.items.map((item) => item.published!.getTime());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  for (const item of feed.items) {
    const a = corrected.find((candidate) => `${ORIGIN}${candidate.path}` === item.url);
    expect(a, item.url ?? "").toBeDefined();
    expect(a!.corrections.map((correction) => correction.text)).toContain(item.description);
    expect(item.title).toBe(`Correction: ${a!.title}`);
  }
  expect(new Set(feed.items.map((item) => item.id)).size).toBe(feed.items.length);
});

test("a correction to an article that is not public appears nowhere", async ({ request }) => {
  const pages = ["/corrections", "/corrections/feed.xml", "/feed.xml", "/sitemaps/articles-1.xml"];
  const texts = await Promise.all(pages.map(async (path) => (await request.get(path)).text()));
  for (const unpublished of unpublishedCorrected) {
    for (const [i, text] of texts.entries()) {
      for (const correction of unpublished.corrections) expect(text, pages[i]).not.toContain(correction.text);
      expect(text, pages[i]).not.toContain(unpublished.path);
    }
    expect((await request.get(unpublished.path)).status()).toBe(404);
  }
});

test("/corrections is valid HTML (Nu checker)", async ({ request }) => {
  test.slow(); // The Nu checker starts a Java VM: seconds of CPU, more on a busy machine.
  const html = await (await request.get("/corrections")).text();
  expect(nuErrors({ corrections: html }).map((e) => `${e.lastLine}: ${e.message} [${e.extract ?? ""}]`)).toEqual([]);
});

for (const scheme of ["light", "dark"] as const) {
  test(`/corrections and a corrected article have no axe violations in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ["/corrections", article.path]) {
      await page.goto(path);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
}
