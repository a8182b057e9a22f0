// A reader follows a tag to its topic page, pages through it and finds its feeds; a crawler finds indexable topics in
// the sitemap; topics only unpublished articles carry do not exist. All without JavaScript.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import { E2E_ENV } from "../playwright.config";
import { extract, validatorIssues } from "./support/structured-data";
import { PUBLIC_BY_TOPIC, UNPUBLISHED, UNPUBLISHED_TOPICS } from "./support/sample";

const ORIGIN = E2E_ENV.SITE_URL;
const CLIMATE = PUBLIC_BY_TOPIC.get("climate")!;
const cardLinks = "main article .card-title a";

test.use({ javaScriptEnabled: false });

test("the sample has a topic of more than one page, and topics no public article carries", () => {
  expect(CLIMATE.length).toBeGreaterThan(20);
  expect(UNPUBLISHED_TOPICS.length).toBeGreaterThan(0);
});

test("a tag link leads to its topic page, which lists exactly its public articles, newest first, 20 a page", async ({
  page,
}) => {
  const article = CLIMATE[5]!;
  await page.goto(article.path);
  await page.locator(".tag-list").getByRole("link", { name: article.tag, exact: true }).click();
  await expect(page).toHaveURL(`${ORIGIN}/topics/climate`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Climate");
  await expect(page.locator(".page-description")).toContainText("How a warming world");

  const firstPage = await page.locator(cardLinks).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(firstPage).toEqual(CLIMATE.slice(0, 20).map((article) => article.path));
  const dates = await page
    .locator("main article time")
    .evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
  const instants = dates.map((date) => Date.parse(date));
  expect(instants).toEqual([...instants].sort((a, b) => b - a));

  const pager = page.getByRole("navigation", { name: "Climate pages" });
  await expect(pager.locator("a[rel=next]")).toHaveAttribute("href", "/topics/climate/page/2");
  await expect(pager.locator("a[rel=prev]")).toHaveCount(0);
  await pager.locator("a[rel=next]").click();
  await expect(page).toHaveURL(`${ORIGIN}/topics/climate/page/2`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Climate, page 2");
  const secondPage = await page.locator(cardLinks).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(secondPage).toEqual(CLIMATE.slice(20, 40).map((article) => article.path));
  await expect(pager.locator("a[rel=next]")).toHaveCount(0);
  await expect(pager.locator("a[rel=prev]")).toHaveAttribute("href", "/topics/climate");
});

test("the article header links its first topic above the headline, after the Opinion or Analysis label", async ({
  page,
}) => {
  await page.goto("/science/what-a-carbon-budget-is-and-why-it-keeps-shrinking");
  const kicker = page.locator(".article-header .article-kicker");
  await expect(kicker).toHaveText("Analysis · Climate");
  await expect(kicker.getByRole("link", { name: "Climate" })).toHaveAttribute("href", "/topics/climate");
  await expect(page.getByRole("region", { name: "Related articles" }).getByRole("article")).toHaveCount(3);
});

test("a topic page's head: canonical, RSS and Atom autodiscovery, structured data; one-article topics are noindex", async ({
  page,
  request,
}) => {
  await page.goto("/topics/climate/page/2");
  const head = page.locator("head");
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", `${ORIGIN}/topics/climate/page/2`);
  await expect(head.locator('meta[name="robots"]')).toHaveAttribute("content", /^index, follow/);
  for (const [type, path] of [
    ["application/rss+xml", "/topics/climate/feed.xml"],
    ["application/atom+xml", "/topics/climate/atom.xml"],
  ]) {
    await expect(head.locator(`link[rel="alternate"][type="${type}"]`)).toHaveAttribute("href", `${ORIGIN}${path}`);
  }

  const extracted = extract(await (await request.get("/topics/climate")).text());
  expect(await validatorIssues(extracted)).toEqual([]);
  const collection = extracted.jsonld.CollectionPage![0]!;
  expect(collection).toMatchObject({ url: `${ORIGIN}/topics/climate`, name: "Climate" });
  const items = (collection.mainEntity as { itemListElement: { url: string }[] }).itemListElement;
  expect(items.map((item) => item.url)).toEqual(CLIMATE.slice(0, 20).map((article) => `${ORIGIN}${article.path}`));
  const crumbs = extracted.jsonld.BreadcrumbList![0]!.itemListElement as { name: string }[];
  expect(crumbs.map((crumb) => crumb.name)).toEqual(["Home", "Climate"]);

  const [single] = [...PUBLIC_BY_TOPIC].find(([, articles]) => articles.length === 1)!;
  await page.goto(`/topics/${single}`);
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("topic feeds parse as RSS and Atom with exactly the topic's public articles, newest first", async ({
  request,
}) => {
  for (const path of ["/topics/climate/feed.xml", "/topics/climate/atom.xml"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const text = await response.text();
    const feed = parseFeed(text);
    expect(
      feed.items.map((item) => item.url),
      path,
    ).toEqual(CLIMATE.map((article) => `${ORIGIN}${article.path}`));
    for (const { title } of UNPUBLISHED) expect(text, path).not.toContain(title);
  }
});

test("the sitemap index lists topics.xml, which lists the indexable topics (two or more public articles) only", async ({
  request,
}) => {
  const parser = new XMLParser();
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain(`<loc>${ORIGIN}/sitemaps/topics.xml</loc>`);
  const response = await request.get("/sitemaps/topics.xml");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  const locs = ([] as { loc: string }[]).concat(parser.parse(text).urlset.url).map((url) => url.loc);
  const indexable = [...PUBLIC_BY_TOPIC].filter(([, articles]) => articles.length >= 2).map(([slug]) => slug);
  expect(locs.sort()).toEqual(indexable.map((slug) => `${ORIGIN}/topics/${slug}`).sort());
});

test("unknown topics, topics only unpublished articles carry, and pages past the last are 404, naming nothing", async ({
  request,
}) => {
  for (const { slug, tag } of [...UNPUBLISHED_TOPICS, { slug: "no-such-topic", tag: "no-such-topic" }]) {
    for (const path of [
      `/topics/${slug}`,
      `/topics/${slug}/page/2`,
      `/topics/${slug}/feed.xml`,
      `/topics/${slug}/atom.xml`,
    ]) {
      // As a browser asks, and as the client router does (Next redirects it to its own ?_rsc= form, followed here).
      for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
        const response = await request.get(path, { headers, maxRedirects: headers.RSC ? 3 : 0 });
        // With RSC: 1, Next itself answers 500 for a page number no route builds (as for sections): no page either way.
        if (headers.RSC) expect(response.status(), `${path} RSC`).not.toBe(200);
        else expect(response.status(), path).toBe(404);
        const text = await response.text();
        // The slug is the address asked for; the tag as written would come from the content.
        if (tag.toLowerCase() !== slug) expect(text, path).not.toContain(tag);
        expect(text, path).not.toMatch(/<title>[^<]*(?:Topic|topics)/i);
      }
    }
  }
  for (const path of ["/topics/climate/page/3", "/topics/climate/page/0", "/topics/climate/page/two"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("/tags/… and a topic's page 1 answer 308 to the topic's own address", async ({ request }) => {
  for (const [from, to] of <[string, string][]>[
    ["/tags/Climate", "/topics/climate"],
    ["/tags/climate/page/2", "/topics/climate/page/2"],
    ["/tags/South%20China%20Sea?ref=x", "/topics/south-china-sea?ref=x"],
    ["/topics/climate/page/1", "/topics/climate"],
    ["/topics/climate/", "/topics/climate"],
  ]) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(response.headers()["location"], from).toBe(to);
  }
});
