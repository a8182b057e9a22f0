// PostgreSQL restarts under a running site (an upgrade, a failover): the site stays up, answers 503 while the database
// is away, and works again once it is back, with no restart of its own. Runs in the PostgreSQL run of the suite, on a
// cluster of its own so that restarting it disturbs no other test.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { startIsolatedServer, type IsolatedServer } from "./support/isolated-server";
import { OPEN_ARTICLE } from "./support/comments";
import { startPostgres, type Postgres } from "./support/postgres";
import { PORTS } from "./support/ports";

// One worker for the whole file: its tests share the server its beforeAll starts on a port of its own.
test.describe.configure({ mode: "default" });

const PORT = PORTS.databaseRestart;
const PG_PORT = PORTS.databaseRestartPostgres;

test.skip(!process.env.DATABASE_URL, "PostgreSQL run only");

let postgres: Postgres;
let server: IsolatedServer;
test.beforeAll(async () => {
  postgres = startPostgres(PG_PORT);
  server = await startIsolatedServer(PORT, { DATABASE_URL: postgres.url, COMMENT_RATE_LIMITS: "off" });
});
test.afterAll(async () => {
  await server?.stop();
  postgres?.destroy();
});

let posts = 0;
async function post(request: APIRequestContext) {
  const { token } = await (await request.get(`${server.url}/api/comments/token`)).json();
  return request.post(`${server.url}/api/comments`, {
    data: {
      article: OPEN_ARTICLE.split("/").pop(),
      name: "Ann",
      email: "ann@example.org",
      body: `Still here, ${++posts}.`,
      token,
    },
  });
}
const health = async (request: APIRequestContext) => (await request.get(`${server.url}/api/health`)).status();

test("the site survives a database restart and a stop: 503 while it is away, working again once it is back", async ({
  request,
}) => {
  test.setTimeout(90_000);
  expect((await post(request)).status()).toBe(202);
  expect(await health(request)).toBe(200);

  // A fast restart terminates the pool's idle connections: an error event that, unheard, would crash the process.
  postgres.restart();
  await expect.poll(async () => (await post(request)).status(), { timeout: 20_000 }).toBe(202);
  expect(await health(request)).toBe(200);
  expect(server.child.exitCode).toBeNull();

  postgres.stop();
  const refused = await post(request);
  expect(refused.status()).toBe(503);
  expect((await refused.json()).error).toMatch(/temporarily unavailable/);
  expect(await health(request)).toBe(503);
  expect((await request.get(`${server.url}${OPEN_ARTICLE}`)).status()).toBe(200);

  postgres.start();
  await expect.poll(async () => (await post(request)).status(), { timeout: 20_000 }).toBe(202);
  expect(await health(request)).toBe(200);
  expect(server.child.exitCode).toBeNull();
  expect(server.log()).toContain("PostgreSQL: idle connection lost");
});
