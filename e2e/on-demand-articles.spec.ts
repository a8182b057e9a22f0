// An article built with the site and one rendered on its first request (older than site.yaml's prerenderDays) are
// the same to a reader and a crawler: status, headers, page structure, metadata and structured data. Old addresses
// and wrong sections move either kind with one 308.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { loadContent } from "../lib/content/load";
import { isPublic } from "../lib/content/visibility";
import { expectSameCacheControl } from "./support/cache-control";
import { clientAddress } from "./support/editors";

test.use({ extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": clientAddress() }) });

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
/** What differs between a page just rendered and one read from the cache, by design (Cache-Control by its countdown,
 * compared on its own). */
const CACHE_STATE_HEADERS = new Set([
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "date",
  "age",
  "etag",
  "content-length",
  "cache-control",
]);

const built = new Set(
  Object.keys(JSON.parse(readFileSync(path.join(DIST_DIR, "prerender-manifest.json"), "utf8")).routes),
);
const publicArticles = loadContent("content").articles.filter(
  (article) => isPublic(article, new Date()) && !article.retracted,
);
const prerendered = publicArticles.find((article) => built.has(article.path));
const onDemand = publicArticles.filter((article) => !built.has(article.path));

function headersOf(response: APIResponse): Record<string, string> {
  const kept = response.headersArray().filter(({ name }) => !CACHE_STATE_HEADERS.has(name.toLowerCase()));
  return Object.fromEntries(kept.map(({ name, value }) => [name.toLowerCase(), value]));
}

/** What a crawler reads of an article page, with the article's own words and addresses taken out. */
function shapeOf(html: string, articlePath: string) {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)![1]!;
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) =>
    (JSON.parse(match[1]!)["@graph"] as { "@type": string | string[] }[]).map((node) => node["@type"]),
  );
  return {
    // Which tags, not how many (articles have more or fewer tags and images).
    meta: [...new Set([...head.matchAll(/<meta (?:name|property)="([^"]+)"/g)].map((match) => match[1]))].sort(),
    links: [...new Set([...head.matchAll(/<link rel="([^"]+)"/g)].map((match) => match[1]))].sort(),
    canonical: /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1]?.endsWith(articlePath),
    jsonLd,
    landmarks: ["<header", "<main", "<footer", "<article", "<h1", 'aria-label="Breadcrumb"', "<time "].map((mark) => [
      mark,
      html.split(mark).length - 1 > 0,
    ]),
    h1: html.split("<h1").length - 1,
  };
}

async function get(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  return { response, html: await response.text() };
}

test("the sample content has articles of both kinds", () => {
  expect(prerendered, "an article within the prerender window").toBeDefined();
  expect(onDemand.length, "articles older than the window").toBeGreaterThan(0);
});

test("a prerendered and an on-demand article answer alike, first request and later ones", async ({ request }) => {
  const older = onDemand.at(-1)!;
  const recent = await get(request, prerendered!.path);
  const first = await get(request, older.path);
  const later = await get(request, older.path);
  for (const [label, answer] of [
    ["prerendered", recent],
    ["on demand, first request", first],
    ["on demand, later", later],
  ] as const) {
    expect(answer.response.status(), label).toBe(200);
    expect(headersOf(answer.response), label).toEqual(headersOf(recent.response));
    expectSameCacheControl(
      answer.response.headers()["cache-control"],
      recent.response.headers()["cache-control"],
      label,
    );
    // Its scripts are asked for after the first paint (lib/cache/scripts-after-paint.mjs), the first answer too.
    expect(answer.html, label).not.toMatch(/<script src="[^"]*" async="">/);
    expect(answer.html, label).toContain("<script>(function (sources)");
  }
  expect(later.response.headers()["x-nextjs-cache"], "later requests come from the cache").toMatch(/^(HIT|STALE)$/);
  expect(later.html, "the cached copy is the page first rendered").toBe(first.html);
  expect(shapeOf(first.html, older.path)).toEqual(shapeOf(recent.html, prerendered!.path));
  expect(first.html).toContain(older.title.replaceAll("&", "&amp;").replaceAll("'", "&#x27;"));
});

test("an on-demand article's old address and its slug under another section move to it in one 308", async ({
  request,
}) => {
  const older = onDemand.find((article) => article.redirectFrom.length > 0) ?? onDemand[0]!;
  const otherSection = older.section === "europe" ? "asia" : "europe";
  for (const from of [...older.redirectFrom, `/${otherSection}/${older.slug}`]) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      const locations = response.headersArray().filter(({ name }) => name.toLowerCase() === "location");
      expect(
        locations.map(({ value }) => new URL(value, "http://x").pathname),
        from,
      ).toEqual([older.path]);
    }
  }
});
