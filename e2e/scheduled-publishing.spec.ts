// A scheduled article goes live by itself: within 60 seconds of its time it is on its own URL, its section, the
// front page and its author's page, and its sharing image and crops are served, with no rebuild and no restart. The
// server's clock starts just before that time.
import { expect, test } from "@playwright/test";
import { startIsolatedServer, type IsolatedServer } from "./support/isolated-server";
import { UNPUBLISHED } from "./support/sample";
import { PORTS } from "./support/ports";

const scheduled = UNPUBLISHED.find((article) => article.status === "published")!;
const LEAD_SECONDS = 20;

let server: IsolatedServer;
let offset: number;
/** The isolated server's time: it reached the scheduled time LEAD_SECONDS after it started. */
const serverNow = () => new Date(Date.now() + offset);

test.beforeAll(async () => {
  offset = scheduled.publishedAt.getTime() - LEAD_SECONDS * 1000 - Date.now();
  server = await startIsolatedServer(PORTS.scheduledPublishing, { MERIDIAN_CLOCK_OFFSET_MS: String(offset) });
});
test.afterAll(async () => server?.stop());

test("a scheduled article appears everywhere within a minute of its time, without a rebuild", async ({ request }) => {
  test.setTimeout(150_000);
  const listings = ["/", `/${scheduled.path.split("/")[1]}`, `/authors/${scheduled.authors[0]}`];
  // Built as 404s with the site (images are made at build and kept per path), they go live when regenerated.
  const ownAddresses = [scheduled.path, `/og/${scheduled.slug}`, `/media/16x9${scheduled.heroSrc}`];

  expect(serverNow().getTime(), "the test starts before the scheduled time").toBeLessThan(scheduled.publishedAt.getTime());
  for (const path of ownAddresses) expect((await request.get(server.url + path)).status(), path).toBe(404);
  for (const listing of [...listings, "/news-sitemap.xml", "/feed.xml"]) expect(await (await request.get(server.url + listing)).text()).not.toContain(scheduled.title);

  const appeared = new Map<string, number>();
  while (appeared.size < listings.length + ownAddresses.length && serverNow().getTime() < scheduled.publishedAt.getTime() + 75_000) {
    for (const path of ownAddresses) {
      if (appeared.has(path) || (await request.get(server.url + path)).status() !== 200) continue;
      const seconds = (serverNow().getTime() - scheduled.publishedAt.getTime()) / 1000;
      expect(seconds, `${path} not before its time`).toBeGreaterThanOrEqual(0);
      appeared.set(path, seconds);
    }
    const seconds = (serverNow().getTime() - scheduled.publishedAt.getTime()) / 1000;
    for (const listing of listings) {
      if (!appeared.has(listing) && (await (await request.get(server.url + listing)).text()).includes(scheduled.title)) {
        expect(seconds, `${listing} not before its time`).toBeGreaterThanOrEqual(0);
        appeared.set(listing, seconds);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  console.log("Seconds after the scheduled time at which each page showed the article:", Object.fromEntries(appeared));
  for (const path of [...ownAddresses, ...listings]) {
    expect(appeared.get(path), `${path} showed the article`).toBeDefined();
    expect(appeared.get(path)!, `${path} within 60 s`).toBeLessThanOrEqual(60);
  }
  // Now within its first 48 hours, it is in the news sitemap and the feeds too.
  for (const path of ["/news-sitemap.xml", "/feed.xml", "/sitemaps/articles-1.xml"]) {
    expect(await (await request.get(server.url + path)).text(), path).toContain(scheduled.path);
  }
});
