// What a stranger cannot make the server render or store: images are drawn once per slug and size whatever the query
// string, unpublished articles' images are never drawn for the public (nor an editor's preview image stored), and
// made-up listing pages are 404s that leave nothing in the page cache.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { clientAddress, newEditor, signIn } from "./support/editors";
import { SHOIGU_ARTICLE, UNPUBLISHED } from "./support/sample";

test.use({ extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": clientAddress() }) });

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";

/** Every file the server keeps for its pages and routes (the build's prerenders and what it stores at run time). */
function storedFiles(): string[] {
  const root = path.join(DIST_DIR, "server");
  return (readdirSync(root, { recursive: true }) as string[]).map((file) => file.split(path.sep).join("/"));
}

async function heroCrop(request: APIRequestContext): Promise<string> {
  const html = await (await request.get(SHOIGU_ARTICLE.path)).text();
  return /\/media\/16x9\/images\/[^"]+\.jpg/.exec(html)![0];
}

test("sharing images and crops are served from the cache whatever the query string", async ({ request }) => {
  for (const image of [`/og/${SHOIGU_ARTICLE.slug}`, await heroCrop(request)]) {
    const first = await request.get(`${image}?r=${Math.random()}`);
    const second = await request.get(`${image}?r=${Math.random()}&size=huge`);
    for (const response of [first, second]) {
      expect(response.status(), image).toBe(200);
      expect(response.headers()["content-type"], image).toMatch(/^image\//);
    }
    expect(second.headers()["x-nextjs-cache"], image).toMatch(/^(HIT|STALE)$/); // served from the cache (STALE: and refreshed behind)
    expect((await second.body()).equals(await first.body()), image).toBe(true);
  }
});

test("unpublished articles' images are 404 for the public, and nothing of them is stored", async ({ request }) => {
  for (const { slug, heroSrc, status } of UNPUBLISHED) {
    for (const image of [`/og/${slug}`, `/og/${slug}?r=1`, `/media/16x9${heroSrc}`, `/media/og${heroSrc}?r=2`]) {
      const response = await request.get(image);
      expect(response.status(), image).toBe(404);
      expect(response.headers()["content-type"] ?? "", image).not.toMatch(/^image\//);
    }
    // A scheduled article's image is prerendered as a 404 until it is due; a draft's never exists at all.
    if (status === "draft")
      expect(
        storedFiles().filter((file) => file.includes(slug)),
        slug,
      ).toEqual([]);
  }
});

test("an editor's preview of a draft's sharing image is drawn per request and never stored", async ({
  page,
  browser,
}) => {
  const draft = UNPUBLISHED.find((article) => article.status === "draft")!;
  const { email } = newEditor();
  await signIn(page, email);
  await page.goto(`/api/preview?slug=${draft.slug}`); // draft mode on
  const preview = await page.request.get(`/og/${draft.slug}`);
  expect(preview.status()).toBe(200);
  expect(preview.headers()["content-type"]).toBe("image/png");
  expect(preview.headers()["cache-control"]).toMatch(/private/);
  expect(storedFiles().filter((file) => file.includes(draft.slug))).toEqual([]);

  const reader = await browser.newContext();
  expect((await reader.request.get(`/og/${draft.slug}`)).status()).toBe(404);
  await reader.close();
});

test("listing pages past the last are 404 and add nothing to the page cache", async ({ request }) => {
  const made = Array.from({ length: 12 }, (_, i) => 50000 + i);
  const paths = made.flatMap((n) => [
    `/asia/page/${n}`,
    `/authors/lena-marsh/page/${n}`,
    `/authors/lena-marsh/page/${n}?x=1`,
  ]);
  for (const listing of paths) expect((await request.get(listing)).status(), listing).toBe(404);
  expect(storedFiles().filter((file) => /\/page\/500\d\d/.test(file))).toEqual([]);
  // The pages that do exist are still there.
  expect((await request.get("/asia/page/2")).status()).toBe(200);
  expect((await request.get("/authors/lena-marsh/page/2")).status()).toBe(200);
});

test("made-up article addresses and unpublished ones are 404s that add nothing to the page cache", async ({
  request,
}) => {
  // The article route renders any article on its first request: a flood of made-up ones must not grow the cache.
  const made = Array.from({ length: 200 }, (_, i) => `/asia/made-up-${Date.now().toString(36)}-${i}`);
  for (const address of made) expect((await request.get(address)).status(), address).toBe(404);
  for (const address of made.slice(0, 20)) {
    const rsc = await request.get(`${address}?_rsc=x`, { headers: { RSC: "1" } });
    expect(rsc.status(), `${address} as the client router asks`).toBe(404);
  }
  for (const { path: address, slug } of UNPUBLISHED) {
    expect((await request.get(address, { maxRedirects: 0 })).status(), address).toBe(404);
    expect((await request.get(`/europe/${slug}`, { maxRedirects: 0 })).status(), `${slug} elsewhere`).toBe(404);
  }
  expect(storedFiles().filter((file) => file.includes("made-up-"))).toEqual([]);
  for (const { slug, status } of UNPUBLISHED) {
    if (status === "draft")
      expect(
        storedFiles().filter((file) => file.includes(slug)),
        slug,
      ).toEqual([]);
  }
});
