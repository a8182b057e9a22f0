// What readers, commenters and editors meet when the site runs as two instances behind nginx: one site, whichever
// instance answers. Clients send from addresses of their own in 127.0.0.0/8, which nginx forwards in X-Forwarded-For.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { newEditor, PASSWORD } from "../e2e/support/editors";
import { commenter, OPEN_ARTICLE } from "../e2e/support/comments";
import { PUBLIC_BY_TOPIC, UNPUBLISHED } from "../e2e/support/sample";
import { THROTTLE } from "../lib/auth/throttle";
import { A, B, CLUSTER, instancePid, newClientAddress, NGINX, send, type Answer } from "./support/cluster";

const started = Date.now();
/** One page of each kind. */
const PAGES = [
  "/",
  "/asia",
  "/authors/lena-marsh",
  OPEN_ARTICLE,
  "/feed.xml",
  "/sitemap.xml",
  "/news-sitemap.xml",
  "/robots.txt",
  "/authors",
  "/topics/climate",
  "/search?q=rice",
];
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
test.afterEach(({}, testInfo) => console.log(`${testInfo.title}: ${(testInfo.duration / 1000).toFixed(1)} s`));

const cookiesOf = (answer: Answer) =>
  [answer.headers["set-cookie"] ?? []]
    .flat()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

/** Signs in with next-auth's form post, as the sign-in page does; the session cookie, or null when refused. */
async function signIn(base: string, email: string, password: string, from = "127.0.0.1"): Promise<string | null> {
  const csrf = await send(`${base}/api/auth/csrf`, { from });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await send(`${base}/api/auth/callback/credentials`, {
    from,
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/editor" }).toString(),
  });
  const session = [answer.headers["set-cookie"] ?? []].flat().find((cookie) => cookie.startsWith("meridian.session="));
  return session?.split(";")[0] ?? null;
}

/** Posts a comment through the comment API with a form stamp old enough to count as a person's. */
async function postComment(base: string, body: string, from: string, token: string) {
  const reader = commenter();
  return send(`${base}/api/comments`, {
    from,
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ article: OPEN_ARTICLE.split("/")[2]!, name: reader.name, email: reader.email, body, token }),
  });
}

async function stampedToken(base: string): Promise<string> {
  const { token } = JSON.parse((await send(`${base}/api/comments/token`)).body) as { token: string };
  await new Promise((resolve) => setTimeout(resolve, 3200)); // people read before they write
  return token;
}

test("a session made on one instance is valid on the other, and through nginx", async () => {
  const editor = newEditor();
  const session = await signIn(A, editor.email, PASSWORD);
  expect(session, "signed in on A").not.toBeNull();
  for (const base of [B, A, NGINX]) {
    const desk = await send(`${base}/editor`, { headers: { Cookie: session! } });
    expect(desk.status, `the desk on ${base}`).toBe(200);
    expect(desk.body).toContain(editor.name);
  }
});

test("a comment posted through A and approved by an editor signed in on B is on the article everywhere within 5 s", async ({
  browser,
}) => {
  const text = `Seen from both instances, ${Date.now().toString(36)}.`;
  const servedBy = new Set<string>();
  expect((await postComment(A, text, "127.0.0.1", await stampedToken(A))).status).toBe(202);

  const editor = newEditor();
  // Every request of this editor's browser goes to instance B, through nginx, so the site keeps its own origin.
  const context = await browser.newContext();
  await context.addCookies([{ name: "meridian_pin", value: "b", url: NGINX }]);
  const page = await context.newPage();
  page.on("response", (response) => {
    if (response.request().isNavigationRequest()) servedBy.add(String(response.headers()["x-upstream"]));
  });
  await page.goto(`${NGINX}/editor/sign-in`);
  await page.getByLabel("Email address").fill(editor.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await page.goto(`${NGINX}/editor/comments?state=pending`);
  const item = page.getByRole("article").filter({ hasText: text });
  await item.getByRole("button", { name: /^Approve/ }).click();
  await expect(page.getByRole("status")).toContainText("Done");
  const approved = Date.now();
  await context.close();
  expect([...servedBy], "every page the editor saw came from instance B").toEqual([new URL(B).host]);

  const seenAfter: Record<string, string> = {};
  for (const base of [A, B, NGINX]) {
    await expect
      .poll(async () => (await send(base + OPEN_ARTICLE)).body, {
        timeout: Math.max(0, 5000 - (Date.now() - approved)),
        intervals: [200],
      })
      .toContain(text);
    seenAfter[base] = seconds(approved);
  }
  console.log("The approved comment was in the article's HTML after:", seenAfter);
});

test("sign-in failures count across both instances, by email and by client address through nginx", async () => {
  const editor = newEditor();
  for (const base of [A, B, A, B, A]) expect(await signIn(base, editor.email, "wrong password")).toBeNull();
  expect(await signIn(B, editor.email, PASSWORD), "locked out on B after failures on both").toBeNull();
  expect(await signIn(A, editor.email, PASSWORD), "and on A").toBeNull();

  // As many failures as one address may make across accounts, through nginx (which alternates between instances)...
  const from = newClientAddress();
  const other = newEditor();
  for (let i = 0; i < THROTTLE.perAddress; i++)
    expect(await signIn(NGINX, `nobody-${i}-${Date.now()}@example.org`, "wrong password", from)).toBeNull();
  // ...lock that address out, even with a right password, while another address signs in.
  expect(await signIn(NGINX, other.email, PASSWORD, from), "the address is locked out").toBeNull();
  expect(await signIn(NGINX, other.email, PASSWORD, newClientAddress()), "another address is not").not.toBeNull();
});

test("comment limits per address count across both instances through nginx", async () => {
  const from = newClientAddress();
  const token = await stampedToken(NGINX);
  const upstreams = new Set<string>();
  for (let i = 0; i < 5; i++) {
    const answer = await postComment(NGINX, `Comment ${i} from one address ${Date.now().toString(36)}.`, from, token);
    expect(answer.status, answer.body).toBe(202);
    upstreams.add(String(answer.headers["x-upstream"]));
  }
  expect(upstreams.size, `posts went to both instances: ${[...upstreams].join(", ")}`).toBe(2);
  const sixth = await postComment(NGINX, `One too many ${Date.now().toString(36)}.`, from, token);
  expect(sixth.status).toBe(429);
  expect(
    (await postComment(NGINX, `Another reader ${Date.now().toString(36)}.`, newClientAddress(), token)).status,
  ).toBe(202);
});

test("a scheduled article goes live on both instances for the first request after its time", async () => {
  const scheduled = UNPUBLISHED.find((article) => article.status === "published")!;
  // Search reads the one index every instance opens; the section and a topic public articles already fill are pages
  // cached by each instance, by Redis and by nginx before the time, as are the feed and the article's 404: all of them
  // must give way at the instant.
  const search = `/search?q=${encodeURIComponent(`"${scheduled.title}"`)}`;
  const section = `/${scheduled.path.split("/")[1]}`;
  const topic = `/topics/${scheduled.tagSlugs.find((slug) => PUBLIC_BY_TOPIC.has(slug))}`;
  const clusterNow = () => Date.now() + Number(process.env.MERIDIAN_CLOCK_OFFSET_MS);
  const wait = scheduled.publishedAt.getTime() - clusterNow() + 500;
  console.log(
    `The scheduled time comes ${(wait / 1000).toFixed(1)} s into this test (${seconds(started)} after the suite began)`,
  );
  test.setTimeout(30_000 + Math.max(0, wait));
  if (wait > 0) {
    for (const base of [A, B, NGINX]) {
      expect((await send(base + search)).body, `search on ${base} before its time`).not.toContain(scheduled.path);
      for (const listing of [section, topic, "/feed.xml", scheduled.path]) {
        const secondsLeft = (scheduled.publishedAt.getTime() - clusterNow()) / 1000;
        const answer = await send(base + listing);
        expect(answer.body, `${listing} on ${base} before its time`).not.toContain(scheduled.slug);
        // A shared cache in front may keep the page only until the instant, by a clock that counts whole seconds
        // (nginx's): a second short of the seconds left when the request was sent.
        const lifetimes = [...String(answer.headers["cache-control"]).matchAll(/(?:s-maxage|stale-[a-z-]+)=(\d+)/g)];
        const reach = lifetimes.reduce((sum, [, value]) => sum + Number(value), 0);
        expect(reach, `${listing} on ${base}: ${answer.headers["cache-control"]}`).toBeLessThanOrEqual(
          Math.max(0, Math.floor(secondsLeft) - 1),
        );
      }
    }
    // A reader through nginx just over a second before the instant: the shortest lifetime a cache could be given
    // then, and the first to outlast the instant if the cache's whole-second clock were not allowed for.
    await new Promise((resolve) => setTimeout(resolve, scheduled.publishedAt.getTime() - clusterNow() - 1_050));
    expect((await send(NGINX + scheduled.path)).status, "through nginx just before its time").toBe(404);
    await new Promise((resolve) => setTimeout(resolve, scheduled.publishedAt.getTime() - clusterNow() + 500));
  }
  for (const base of [A, B, NGINX]) {
    const answer = await send(base + scheduled.path);
    expect(answer.status, `the first request for the article on ${base}`).toBe(200);
    expect(answer.body).toContain(scheduled.slug);
    expect((await send(base + section)).body, `its section on ${base}`).toContain(scheduled.path);
    expect((await send(base + search)).body, `search on ${base}`).toContain(scheduled.path);
    expect((await send(base + topic)).body, `its topic on ${base}`).toContain(scheduled.path);
    expect((await send(base + "/feed.xml")).body, `the feed on ${base}`).toContain(scheduled.path);
  }
});

test("cached pages load their scripts after the first paint on both instances and through nginx", async () => {
  for (const base of [A, B, NGINX])
    for (const page of ["/", "/asia", "/authors/lena-marsh", OPEN_ARTICLE]) {
      const answer = await send(base + page);
      expect(answer.status, `${page} on ${base}`).toBe(200);
      expect(answer.body, `${page} on ${base}`).not.toMatch(/<script src="[^"]*" async="">/);
      expect(answer.body, `${page} on ${base}`).toContain("<script>(function (sources)");
    }
});

test("with the shared cache down, both instances keep rendering every page, and each says so once", async () => {
  execFileSync("redis-cli", ["-p", String(CLUSTER.redisPort), "shutdown", "nosave"]);
  const stopped = Date.now();
  for (const base of [A, B, NGINX]) {
    for (const path of PAGES) {
      const answer = await send(`${base}${path}?without-redis=1`, { from: newClientAddress() });
      expect(answer.status, `${path} on ${base} with Redis down`).toBe(200);
    }
  }
  console.log(`Every page rendered on both instances within ${seconds(stopped)} of Redis stopping`);
  for (const port of CLUSTER.appPorts) {
    const log = readFileSync(path.join(CLUSTER.dir, `app-${port}.log`), "utf8");
    expect(log.match(/Shared cache: Redis unavailable/g)?.length, `instance ${port} logged the outage once`).toBe(1);
  }
});

test("with one instance killed, nginx serves every page from the other", async () => {
  process.kill(instancePid(A), "SIGKILL");
  const killed = Date.now();
  // Each page twice with fresh query strings: nginx's micro-cache answers nothing, and both upstream turns are taken.
  for (const round of [1, 2]) {
    for (const path of PAGES) {
      const answer = await send(`${NGINX}${path}?after-kill=${round}`, { from: newClientAddress() });
      expect(answer.status, `${path} through nginx with A down`).toBe(200);
      expect(answer.headers["x-upstream"], path).toContain(new URL(B).host);
    }
  }
  console.log(`Every page answered from B within ${seconds(killed)} of A being killed`);
});
