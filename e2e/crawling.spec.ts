// Crawlers get everything in the first HTML, without running JavaScript, and nothing that is not public.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import { E2E_ENV } from "../playwright.config";
import { expectSameCacheControl } from "./support/cache-control";
import { articleProblems, extract, validatorIssues } from "./support/structured-data";
import { PAGE_TYPES, SHOIGU_ARTICLE, UNPUBLISHED } from "./support/sample";

const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
const ORIGIN = E2E_ENV.SITE_URL;

test.use({ javaScriptEnabled: false, userAgent: GOOGLEBOT });

test("every page type has its own title, description, absolute canonical, social cards and feed links in the head", async ({
  page,
}) => {
  const titles = new Set<string>();
  for (const [label, path] of Object.entries(PAGE_TYPES).filter(([label]) => label !== "notFound")) {
    await page.goto(path);
    const head = page.locator("head");
    const title = await page.title();
    expect(titles.has(title), `${label} title is unique`).toBe(false);
    titles.add(title);
    await expect(head.locator('meta[name="description"]'), label).toHaveAttribute("content", /.{20,}/);
    const canonical = await head.locator('link[rel="canonical"]').getAttribute("href");
    expect(new URL(canonical!).toString(), label).toBe(new URL(path, ORIGIN).toString());
    await expect(head.locator('meta[name="robots"]'), label).toHaveAttribute("content", /max-image-preview:large/);
    await expect(head.locator('meta[name="twitter:card"]'), label).toHaveAttribute("content", "summary_large_image");
    await expect(head.locator('meta[property="og:title"]'), label).toHaveCount(1);
    await expect(head.locator('link[rel="alternate"][type="application/rss+xml"]').first(), label).toHaveAttribute(
      "href",
      /feed\.xml$/,
    );
  }
  await page.goto(SHOIGU_ARTICLE.path);
  const head = page.locator("head");
  await expect(head.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(head.locator('meta[property="article:published_time"]')).toHaveAttribute(
    "content",
    "2014-11-18T19:40:00+08:00",
  );
  await expect(head.locator('meta[property="article:section"]')).toHaveAttribute("content", "Asia");
  await expect(head.locator('meta[property="article:tag"]').first()).toHaveAttribute("content", /.+/);
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    `${ORIGIN}/og/${SHOIGU_ARTICLE.slug}`,
  );
  await expect(head.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
});

test("a crawler that comes back with a page's ETag is told 304, with no body, until the page changes", async ({
  request,
}) => {
  for (const path of [PAGE_TYPES.front, PAGE_TYPES.section, PAGE_TYPES.article, PAGE_TYPES.author]) {
    // A page past its 30 s is served once more as it was while a new one is made (which differs: every render
    // carries its own comment-form token); the visit starts once the cache holds a fresh one.
    for (let visit = 0; visit < 20; visit++) {
      const cache = (await request.get(path)).headers()["x-nextjs-cache"];
      if (cache === "HIT" || cache === undefined) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const first = await request.get(path);
    const tag = first.headers()["etag"];
    expect(tag, path).toMatch(/^"[^"]+"$/);
    const again = await request.get(path, { headers: { "If-None-Match": tag! } });
    expect(again.status(), path).toBe(304);
    expect(again.headers()["etag"], path).toBe(tag);
    expectSameCacheControl(again.headers()["cache-control"], first.headers()["cache-control"], path);
    expect((await again.body()).length, path).toBe(0);
    // Another version of the page is sent whole.
    const other = await request.get(path, { headers: { "If-None-Match": '"an-earlier-version"' } });
    expect(other.status(), path).toBe(200);
    expect(await other.text(), path).toContain("</html>");
  }
});

test("pages outside the public site say noindex", async ({ page }) => {
  for (const path of ["/editor/sign-in", "/no-such-page"]) {
    await page.goto(path);
    await expect(page.locator('head meta[name="robots"]'), path).toHaveAttribute("content", /noindex/);
  }
});

test("structured data: one graph per page, valid, and matching what readers see", async ({ request }) => {
  const html = await (await request.get(SHOIGU_ARTICLE.path)).text();
  expect(html.match(/<script type="application\/ld\+json">/g)).toHaveLength(1);
  const extracted = extract(html);
  expect(await validatorIssues(extracted)).toEqual([]);
  const article = extracted.jsonld.NewsArticle?.[0];
  expect(article).toBeDefined();
  expect(articleProblems(article!)).toEqual([]);
  expect(article).toMatchObject({
    datePublished: "2014-11-18T19:40:00+08:00",
    articleSection: "Asia",
    isAccessibleForFree: true,
    inLanguage: "en-GB",
  });
  expect(html).toContain('<time dateTime="2014-11-18T19:40:00+08:00">');
  const crumbs = extracted.jsonld.BreadcrumbList?.[0]?.itemListElement as { name: string }[];
  expect(crumbs.map((crumb) => crumb.name)).toEqual(["Home", "Asia", article!.headline]);

  for (const [path, type] of [
    ["/authors/lena-marsh", "ProfilePage"],
    ["/asia", "CollectionPage"],
    ["/", "WebSite"],
  ] as const) {
    const page = extract(await (await request.get(path)).text());
    expect(Object.keys(page.jsonld), path).toContain(type);
    expect(await validatorIssues(page), path).toEqual([]);
  }
  // The front page offers the site's search to search engines.
  const website = extract(await (await request.get("/")).text()).jsonld.WebSite?.[0];
  expect(website?.potentialAction).toMatchObject({
    "@type": "SearchAction",
    target: { urlTemplate: `${ORIGIN}/search?q={search_term_string}` },
  });

  // The validator does find faults: a breadcrumb without names is reported.
  const broken = extract(
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1}]}</script>',
  );
  expect((await validatorIssues(broken)).length).toBeGreaterThan(0);
});

test("sitemaps, the news sitemap and robots.txt are well-formed and list only public pages", async ({ request }) => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const get = async (path: string) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const text = await response.text();
    expect(XMLValidator.validate(text), path).toBe(true);
    return { text, doc: parser.parse(text) };
  };
  const index = await get("/sitemap.xml");
  const locs = ([] as { loc: string }[]).concat(index.doc.sitemapindex.sitemap).map((s) => s.loc);
  expect(locs).toEqual(
    expect.arrayContaining([
      `${ORIGIN}/sitemaps/articles-1.xml`,
      `${ORIGIN}/sitemaps/sections.xml`,
      `${ORIGIN}/sitemaps/authors.xml`,
    ]),
  );
  let all = "";
  for (const loc of locs) {
    const { text, doc } = await get(new URL(loc).pathname);
    all += text;
    for (const url of [].concat(doc.urlset.url) as { loc: string; lastmod?: string }[])
      expect(url.loc.startsWith(ORIGIN)).toBe(true);
  }
  expect(all).toContain(`<loc>${ORIGIN}${SHOIGU_ARTICLE.path}</loc><lastmod>`);
  expect(all).toContain("<image:loc>");
  const news = await get("/news-sitemap.xml");
  expect(news.text).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  for (const { path, title } of UNPUBLISHED) {
    expect(all + news.text).not.toContain(path);
    expect(all + news.text).not.toContain(title);
  }
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/editor/);
  expect(robots).toMatch(/Disallow: \/api\//);
  expect(robots).toMatch(/Disallow: \/preview\//);
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  expect(robots).toContain(`Sitemap: ${ORIGIN}/news-sitemap.xml`);
});

test("feeds parse as RSS and Atom, newest first, with authors and categories, and no unpublished articles", async ({
  request,
}) => {
  for (const path of [
    "/feed.xml",
    "/atom.xml",
    "/asia/feed.xml",
    "/asia/atom.xml",
    "/authors/lena-marsh/feed.xml",
    "/authors/lena-marsh/atom.xml",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const text = await response.text();
    const feed = parseFeed(text);
    expect(feed.items.length, path).toBeGreaterThan(0);
    expect(feed.items.length, path).toBeLessThanOrEqual(50);
    const dates = feed.items.map((item) => item.published!.getTime());
    expect(dates, path).toEqual([...dates].sort((a, b) => b - a));
    expect(feed.items[0]!.authors.length, path).toBeGreaterThan(0);
    expect(feed.items[0]!.categories.length, path).toBeGreaterThan(0);
    expect(feed.items[0]!.url, path).toMatch(new RegExp(`^${ORIGIN}/`));
    for (const { title } of UNPUBLISHED) expect(text, path).not.toContain(title);
  }
  expect((await request.get("/no-such-section/feed.xml")).status()).toBe(404);
});

test("sharing images are 1200×630 PNGs for public articles, and none for drafts", async ({ request }) => {
  const image = await request.get(`/og/${SHOIGU_ARTICLE.slug}`);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  const png = await image.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  for (const { slug } of UNPUBLISHED) expect((await request.get(`/og/${slug}`)).status(), slug).toBe(404);
});

test("lead-image crops serve public articles only", async ({ request }) => {
  const html = await (await request.get(SHOIGU_ARTICLE.path)).text();
  const image = (extract(html).jsonld.NewsArticle![0]!.image as string[])[0]!;
  const crop = await request.get(new URL(image).pathname);
  expect(crop.status()).toBe(200);
  expect(crop.headers()["content-type"]).toBe("image/jpeg");
  for (const { heroSrc } of UNPUBLISHED)
    expect((await request.get(`/media/16x9${heroSrc}`)).status(), heroSrc).toBe(404);
});
