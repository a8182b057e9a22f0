// Content changes by itself at its time, on a production server, for the first reader: a scheduled article goes live
// and a withdrawal takes effect with no rebuild, no restart and nobody visiting in between. Each test starts a server
// whose clock is shortly before the time, asks for nothing concerned before it, then asks each page once after it.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadContent } from "../lib/content/load";
import { startIsolatedServer, type IsolatedServer } from "./support/isolated-server";
import { PORTS } from "./support/ports";
import { tagSlug } from "../lib/content/tags";
import { PUBLIC_BY_TOPIC, UNPUBLISHED, UNPUBLISHED_TOPICS } from "./support/sample";

const scheduled = UNPUBLISHED.find((article) => article.status === "published")!;
const toBeWithdrawn = loadContent("content").articles.find(
  (article) => article.retracted && article.retracted.at > new Date(),
)!;
/** Enough for the server to start before the time, whatever the machine's load. */
const LEAD_SECONDS = 15;

type Run = { server: IsolatedServer; serverNow: () => number };

async function startBefore(time: Date, port: number): Promise<Run> {
  const offset = time.getTime() - LEAD_SECONDS * 1000 - Date.now();
  // Polls robots.txt until it answers: no page this test is about is asked for before the time.
  const server = await startIsolatedServer(
    port,
    { MERIDIAN_CLOCK_OFFSET_MS: String(offset) },
    { readyPath: "/robots.txt" },
  );
  const serverNow = () => Date.now() + offset;
  expect(serverNow(), "the server started before the time").toBeLessThan(time.getTime());
  await new Promise((resolve) => setTimeout(resolve, time.getTime() - serverNow() + 500));
  return { server, serverNow };
}

/** Each path asked for once; what it answered and how many seconds after `time` the answer came. */
async function askOnce(request: APIRequestContext, run: Run, time: Date, paths: string[]) {
  const answers: Record<string, { status: number; body: string; seconds: number }> = {};
  for (const path of paths) {
    const response = await request.get(run.server.url + path, { maxRedirects: 0 });
    answers[path] = {
      status: response.status(),
      body: await response.text(),
      seconds: (run.serverNow() - time.getTime()) / 1000,
    };
  }
  console.log(
    "Seconds after the time at which each page answered:",
    Object.fromEntries(
      Object.entries(answers).map(([path, { status, seconds }]) => [path, `${status} at ${seconds.toFixed(1)} s`]),
    ),
  );
  return answers;
}

const listingsOf = (article: { path: string; authors: string[] }) => {
  const section = article.path.split("/")[1];
  const author = `/authors/${article.authors[0]}`;
  return [
    `/${section}`,
    "/",
    author,
    "/feed.xml",
    "/atom.xml",
    `/${section}/feed.xml`,
    `${author}/feed.xml`,
    "/sitemaps/articles-1.xml",
    "/news-sitemap.xml",
  ];
};

test("a scheduled article is there for the first request after its time, and listed everywhere within a minute", async ({
  request,
}) => {
  test.setTimeout(90_000);
  const time = scheduled.publishedAt;
  const run = await startBefore(time, PORTS.scheduledPublishing);
  try {
    const article = (await askOnce(request, run, time, [scheduled.path]))[scheduled.path]!;
    expect(article.status, "the first request for the article").toBe(200);
    // Its sharing image and lead-image crop go live with it.
    for (const [path, answer] of Object.entries(
      await askOnce(request, run, time, [`/og/${scheduled.slug}`, `/media/16x9${scheduled.heroSrc}`]),
    )) {
      expect(answer.status, path).toBe(200);
    }
    expect(article.body).toContain(scheduled.title.split(/['"&<>]/)[0]);
    // Its topics too, one it alone carries (404 until now) included, with their feeds.
    const topics = scheduled.tagSlugs.flatMap((slug) => [`/topics/${slug}`, `/topics/${slug}/feed.xml`]);
    expect(scheduled.tagSlugs.some((slug) => UNPUBLISHED_TOPICS.some((topic) => topic.slug === slug))).toBe(true);
    for (const [path, answer] of Object.entries(
      await askOnce(request, run, time, [...listingsOf(scheduled), ...topics]),
    )) {
      expect(answer.status, path).toBe(200);
      expect(answer.body, `${path} lists the article`).toContain(scheduled.path);
      expect(answer.seconds, `${path} within 60 s`).toBeLessThanOrEqual(60);
    }
  } finally {
    await run.server.stop();
  }
});

test("a withdrawal set for later takes effect at its time: 410 with the notice, and gone from every listing", async ({
  request,
}) => {
  test.setTimeout(90_000);
  const time = toBeWithdrawn.retracted!.at;
  const run = await startBefore(time, PORTS.scheduledWithdrawal);
  try {
    const article = (await askOnce(request, run, time, [toBeWithdrawn.path]))[toBeWithdrawn.path]!;
    expect(article.status, "the first request for the article").toBe(410);
    expect(article.body).toContain("This article has been withdrawn");
    for (const [path, answer] of Object.entries(await askOnce(request, run, time, listingsOf(toBeWithdrawn)))) {
      expect(answer.status, path).toBe(200);
      expect(answer.body, `${path} no longer lists the article`).not.toContain(toBeWithdrawn.path);
      expect(answer.seconds, `${path} within 60 s`).toBeLessThanOrEqual(60);
    }
    // Its topics: gone from those others carry; a topic it alone carried is gone altogether.
    const slugs = [...new Set(toBeWithdrawn.tags.map(tagSlug))];
    const topics = await askOnce(
      request,
      run,
      time,
      slugs.map((slug) => `/topics/${slug}`),
    );
    expect(slugs.some((slug) => PUBLIC_BY_TOPIC.get(slug)!.length > 1)).toBe(true);
    for (const slug of slugs) {
      const answer = topics[`/topics/${slug}`]!;
      expect(answer.status, slug).toBe(PUBLIC_BY_TOPIC.get(slug)!.length > 1 ? 200 : 404);
      expect(answer.body, `/topics/${slug} no longer lists the article`).not.toContain(toBeWithdrawn.path);
    }
  } finally {
    await run.server.stop();
  }
});
