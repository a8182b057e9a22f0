// What a load balancer or container runtime sees at /api/health: 200 when the instance can serve, 503 naming what
// failed when it cannot; never cached. And while the database is out of reach, comment posts answer 503, not a crash.
import { expect, test } from "@playwright/test";
import { startIsolatedServer, type IsolatedServer } from "./support/isolated-server";
import { OPEN_ARTICLE } from "./support/comments";
import { PORTS } from "./support/ports";

// One worker for the whole file: its tests share the server its beforeAll starts on a port of its own.
test.describe.configure({ mode: "default" });

const PORT = PORTS.health;

test("the health check answers 200 with the content and the database it uses, never cached", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = await response.json();
  expect(body).toEqual({
    status: "ok",
    content: { articles: expect.any(Number) },
    database: process.env.DATABASE_URL ? "postgres" : "sqlite",
  });
  expect(body.content.articles).toBeGreaterThan(10);
  // Dynamic: each request checks again (Next adds no s-maxage and serves no prerendered copy).
  expect(response.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(response.headers()["x-nextjs-prerender"]).toBeUndefined();
});

test.describe("with the database out of reach", () => {
  let server: IsolatedServer;
  test.beforeAll(async () => {
    // A PostgreSQL URL on a port where nothing listens.
    server = await startIsolatedServer(PORT, { DATABASE_URL: "postgres://postgres@127.0.0.1:1/meridian" });
  });
  test.afterAll(async () => server?.stop());

  test("the health check answers 503 naming the database, and says nothing of where it is", async ({ request }) => {
    const response = await request.get(`${server.url}/api/health`);
    expect(response.status()).toBe(503);
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(await response.json()).toEqual({ status: "unavailable", failed: ["database"], database: "postgres" });
  });

  test("a comment post answers 503 'temporarily unavailable' and the server stays up", async ({ request }) => {
    const { token } = await (await request.get(`${server.url}/api/comments/token`)).json();
    const response = await request.post(`${server.url}/api/comments`, {
      data: {
        article: OPEN_ARTICLE.split("/").pop(),
        name: "Ann",
        email: "ann@example.org",
        body: "Is anyone there?",
        token,
      },
    });
    expect(response.status()).toBe(503);
    expect(response.headers()["retry-after"]).toBe("30");
    expect((await response.json()).error).toMatch(/temporarily unavailable/);
    expect(server.child.exitCode).toBeNull();
    expect((await request.get(`${server.url}${OPEN_ARTICLE}`)).status()).toBe(200);
  });
});
