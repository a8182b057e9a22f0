// An anonymous visitor reaches everything the site links to, every sitemap and feed, and every address under each
// unpublished article (with and without the client router's RSC header): no answer may carry an unpublished
// article's title, standfirst, slug or image file name, in its body or its headers.
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { loadContent } from "../lib/content/load";
import { hostileAddress, ORIGIN } from "./support/hostile";
import { PUBLIC_BY_TOPIC, UNPUBLISHED, UNPUBLISHED_TOPICS } from "./support/sample";

test.use({ extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": hostileAddress() }) });

const content = loadContent("content");
const CONCURRENCY = 4;
const MAX_PAGES = 400;

/** What must never be seen, each with a name for the report. A title or standfirst may be cut short: look for the start too. */
const SECRETS = UNPUBLISHED.flatMap((article) => [
  { what: `title of ${article.slug}`, text: article.title },
  { what: `start of the title of ${article.slug}`, text: article.title.slice(0, 40) },
  { what: `standfirst of ${article.slug}`, text: article.standfirst },
  { what: `start of the standfirst of ${article.slug}`, text: article.standfirst.slice(0, 60) },
  { what: `slug ${article.slug}`, text: article.slug },
  { what: `image of ${article.slug}`, text: path.basename(article.heroSrc) },
]);

/** HTML, XML and JSON escapes undone, so an escaped title is still found. */
function normalise(text: string): string {
  return text
    .replace(/\\u0026/g, "&")
    .replace(/\\u003c/gi, "<")
    .replace(/\\u003e/gi, ">")
    .replace(/\\u0027/g, "'")
    .replace(/\\"/g, '"')
    .replace(/\\\//g, "/")
    .replace(/&(?:#x27|#39|apos);/g, "'")
    .replace(/&(?:quot|#34|#x22);/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

type Finding = string;

/** Every secret in the response's headers or (text) body; a secret that is part of the address asked for is its echo, not a leak. */
async function leaksIn(url: string, response: APIResponse): Promise<Finding[]> {
  const asked = decodeURIComponent(url);
  const headers = Object.entries(response.headers())
    .filter(
      ([name, value]) => !(name === "location" && new URL(value, ORIGIN).pathname === new URL(url, ORIGIN).pathname),
    )
    .map(([name, value]) => `${name}: ${value}`)
    .join("\n");
  const type = response.headers()["content-type"] ?? "";
  const body = /^(image|font|audio|video)\//.test(type) ? "" : (await response.body()).toString("utf8");
  const haystack = normalise(`${headers}\n${body}`);
  return SECRETS.filter(({ text }) => !asked.includes(text) && haystack.includes(text)).map(
    ({ what }) => `${url} (${response.status()}): ${what}`,
  );
}

/** Same-origin addresses a page or feed links to (anchors, head links, sitemap and feed entries), without fragments. */
function linksIn(body: string): string[] {
  const found = [
    ...body.matchAll(/(?:href|src)="([^"]+)"|<loc>([^<]+)<\/loc>|<link>([^<]+)<\/link>|<id>([^<]+)<\/id>/g),
  ].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4])!);
  return found.flatMap((raw) => {
    try {
      const url = new URL(raw.replace(/&amp;/g, "&"), ORIGIN);
      return url.origin === ORIGIN ? [url.pathname + url.search] : [];
    } catch {
      return [];
    }
  });
}

/** Pages worth following: not framework assets, binaries or the nofollow reply and report pages of every comment. */
const followable = (url: string) =>
  !/^\/(_next|media|og|images|fonts)\//.test(url) &&
  !/\/comments\/(reply|report)\//.test(url) &&
  !/\.(png|jpe?g|svg|ico|woff2?)$/.test(url);

type Crawl = { checked: string[]; leaks: Finding[]; found: Set<string> };

/**
 * Fetches addresses a few at a time and checks each; queues, breadth first and once each, the links of those that
 * `follow` accepts. Returns what was checked and every followable link seen (checked or not).
 */
async function crawl(
  request: APIRequestContext,
  start: string[],
  { follow = () => false, headers = {} }: { follow?: (url: string) => boolean; headers?: Record<string, string> } = {},
): Promise<Crawl> {
  const found = new Set(start);
  const queue = [...start];
  const leaks: Finding[] = [];
  const checked: string[] = [];
  let busy = 0;
  const worker = async () => {
    while (queue.length && checked.length < MAX_PAGES) {
      const url = queue.shift()!;
      checked.push(url);
      busy++;
      const response = await request.get(url, { headers, maxRedirects: 0, timeout: 15_000 });
      leaks.push(...(await leaksIn(url, response)));
      if (follow(url)) {
        const location = response.headers().location;
        const links = [
          ...(location ? linksIn(`href="${location}"`) : []),
          ...(/(html|xml)/.test(response.headers()["content-type"] ?? "") ? linksIn(await response.text()) : []),
        ];
        for (const link of links.filter(followable)) {
          if (found.has(link)) continue;
          found.add(link);
          if (follow(link) || !isArticle(link)) queue.push(link);
        }
      }
      busy--;
    }
  };
  // A worker that finds the queue empty stops; start them again while another's page may still add links.
  while (queue.length && checked.length < MAX_PAGES) await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  expect(busy).toBe(0);
  return { checked, leaks, found };
}

/** An article's address: /{section}/{slug}, not an author, a feed or a listing page. */
const isArticle = (url: string) => /^\/(?!authors\/)[^/?]+\/[^/?]+$/.test(url) && !url.endsWith(".xml");

/** Everything the front page leads to except articles (listings, pagination, authors, feeds in heads), checked. */
function crawlListings(request: APIRequestContext): Promise<Crawl> {
  return crawl(request, ["/"], { follow: (url) => !isArticle(url) });
}

test("crawling the front page, sections, pagination, authors and feeds it leads to finds no unpublished article", async ({
  request,
}) => {
  const { checked, leaks } = await crawlListings(request);
  console.log(`leak crawler: ${checked.length} listing pages and feeds checked`);
  expect(checked.length, "the crawl reached the site").toBeGreaterThan(20);
  expect(leaks).toEqual([]);
});

for (const part of [0, 1]) {
  test(`crawling the articles the front page leads to, part ${part + 1} of 2, finds no unpublished article`, async ({
    request,
  }) => {
    const listings = await crawlListings(request);
    const articles = [...listings.found]
      .filter(isArticle)
      .sort()
      .filter((_, i) => i % 2 === part);
    // Each article, and what it links to that the listings did not (related articles, tags, comment pages).
    const { checked, leaks } = await crawl(request, articles, { follow: (url) => articles.includes(url) });
    console.log(
      `leak crawler: ${checked.length} addresses from ${articles.length} articles checked (part ${part + 1})`,
    );
    expect(articles.length).toBeGreaterThan(20);
    expect([...listings.leaks, ...leaks]).toEqual([]);
  });
}

test("every sitemap and every address in them: no unpublished article", async ({ request }) => {
  const sitemaps = ["/robots.txt", "/sitemap.xml", "/news-sitemap.xml"];
  const index = await (await request.get("/sitemap.xml")).text();
  sitemaps.push(...linksIn(index));
  const { checked: sitemapsChecked, leaks } = await crawl(request, sitemaps);
  const listed = new Set<string>();
  for (const sitemap of sitemaps.slice(1))
    for (const link of linksIn(await (await request.get(sitemap)).text())) if (followable(link)) listed.add(link);
  const pages = await crawl(
    request,
    [...listed].filter((link) => !sitemaps.includes(link)),
  );
  console.log(`leak crawler: ${sitemapsChecked.length} sitemaps and ${pages.checked.length} listed addresses checked`);
  expect(pages.checked.length).toBeGreaterThan(50);
  expect([...leaks, ...pages.leaks]).toEqual([]);
});

test("every feed (site, sections, authors, topics) and what they link to: no unpublished article", async ({
  request,
}) => {
  const feeds = ["/feed.xml", "/atom.xml"];
  for (const section of content.sections) feeds.push(`/${section.slug}/feed.xml`, `/${section.slug}/atom.xml`);
  for (const author of content.authors)
    feeds.push(`/authors/${author.slug}/feed.xml`, `/authors/${author.slug}/atom.xml`);
  // The topics an unpublished article shares with public ones (where one could slip in), and the largest.
  const shared = new Set(["climate", ...UNPUBLISHED.flatMap((article) => article.tagSlugs)]);
  for (const slug of [...shared].filter((slug) => PUBLIC_BY_TOPIC.has(slug)))
    feeds.push(`/topics/${slug}/feed.xml`, `/topics/${slug}/atom.xml`);
  const checkedFeeds = await crawl(request, feeds);
  const linked = new Set<string>();
  for (const feed of feeds)
    for (const link of linksIn(await (await request.get(feed)).text()))
      if (followable(link) && !feeds.includes(link)) linked.add(link);
  const pages = await crawl(request, [...linked]);
  console.log(
    `leak crawler: ${checkedFeeds.checked.length} feeds and ${pages.checked.length} linked addresses checked`,
  );
  expect([...checkedFeeds.leaks, ...pages.leaks]).toEqual([]);
});

for (const article of UNPUBLISHED) {
  test(`every address under the unpublished "${article.slug}", with and without RSC: 1`, async ({ request }) => {
    const [, section] = article.path.split("/");
    const wrongSection = section === "asia" ? "europe" : "asia";
    const addresses = [
      article.path,
      `/${wrongSection}/${article.slug}`,
      `/no-such-section/${article.slug}`,
      `${article.path}/comments/2`,
      `${article.path}/comment-status`,
      `${article.path}/comments/reply/1`,
      `${article.path}/comments/report/1`,
      `/og/${article.slug}`,
      `/og/${article.slug}?r=1`,
      ...["16x9", "4x3", "1x1", "og"].map((ratio) => `/media/${ratio}${article.heroSrc}`),
      "/preview/anything",
      `/preview/${article.slug}`,
      ...(article.redirectFrom ?? []),
      // Its topics that no public article carries: no page, page 2 or feed.
      ...UNPUBLISHED_TOPICS.filter(({ slug }) => article.tagSlugs.includes(slug)).flatMap(({ slug }) =>
        ["", "/page/2", "/feed.xml", "/atom.xml"].map((rest) => `/topics/${slug}${rest}`),
      ),
    ];
    const plain = await crawl(request, addresses);
    const rsc = await crawl(request, addresses, { headers: { RSC: "1" } });
    // The client router's own form of the request: Next answers the bare header with a redirect to `?_rsc=…`.
    const rscFollowed = await crawl(
      request,
      addresses.map((address) => `${address}${address.includes("?") ? "&" : "?"}_rsc=leak`),
      { headers: { RSC: "1" } },
    );
    for (const address of addresses.filter((address) => !address.startsWith("/preview/"))) {
      expect((await request.get(address, { maxRedirects: 0 })).status(), `${address} is not found`).toBe(404);
    }
    console.log(
      `leak crawler: ${plain.checked.length + rsc.checked.length + rscFollowed.checked.length} requests under ${article.slug}`,
    );
    expect([...plain.leaks, ...rsc.leaks, ...rscFollowed.leaks]).toEqual([]);
  });
}

test("an unpublished article's image is not served at its public address", async ({ request }) => {
  for (const article of UNPUBLISHED) {
    const response = await request.get(article.heroSrc, { maxRedirects: 0 });
    expect(response.status(), `${article.heroSrc} (${article.status}, ${article.slug})`).toBe(404);
  }
});
