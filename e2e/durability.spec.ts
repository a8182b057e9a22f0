// Acknowledged means stored: the server is killed (kill -9) in the middle of a burst of comment posts; after a
// restart every comment whose post was answered 201 or 202 is in the database, and none is there twice.
// On the suite's database: SQLite in the SQLite run, PostgreSQL (a fresh database) in the PostgreSQL run.
import { randomBytes } from "node:crypto";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Client } from "pg";
import { expect, test } from "@playwright/test";
import { startIsolatedServer } from "./support/isolated-server";
import { OPEN_ARTICLE } from "./support/comments";
import { freshDatabase } from "./support/postgres";
import { PORTS } from "./support/ports";

const PORT = PORTS.durability;
const ARTICLE = OPEN_ARTICLE.split("/").pop()!;

/** Every stored comment body of this run, as many times as it is stored. */
async function storedBodies(serverDir: string, databaseUrl: string | undefined, run: string): Promise<string[]> {
  if (databaseUrl) {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ body: string }>("SELECT body FROM comments WHERE body LIKE $1", [`${run}%`]);
    await client.end();
    return rows.map((row) => row.body);
  }
  const db = new SQLite(path.join(serverDir, "data", "meridian.sqlite"), { readonly: true });
  const rows = db.prepare("SELECT body FROM comments WHERE body LIKE ?").pluck().all(`${run}%`) as string[];
  db.close();
  return rows;
}

test("a kill -9 during a burst of comment posts loses no acknowledged comment and stores none twice", async ({
  request,
}) => {
  test.setTimeout(60_000);
  const databaseUrl = process.env.DATABASE_URL
    ? await freshDatabase(process.env.DATABASE_URL, "meridian_durability")
    : undefined;
  let server = await startIsolatedServer(PORT, {
    COMMENT_RATE_LIMITS: "off",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  try {
    const { token } = await (await request.get(`${server.url}/api/comments/token`)).json();
    const run = `Durability ${randomBytes(4).toString("hex")}`;
    const acknowledged = new Set<string>();
    let sent = 0;
    let killed = false;

    // Eight posters, one post after another each, until the server is gone.
    const poster = async (lane: number) => {
      while (!killed) {
        const body = `${run} lane ${lane} post ${++sent}`;
        try {
          const response = await fetch(`${server.url}/api/comments`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${lane + 1}` },
            body: JSON.stringify({ article: ARTICLE, name: "Ann", email: `lane${lane}@example.org`, body, token }),
          });
          if (response.status === 201 || response.status === 202) acknowledged.add(body);
          else expect(response.status, await response.text()).toBe(202);
        } catch {
          // In flight when the server died: its outcome is unknown, and either is fine.
        }
      }
    };
    const posters = Array.from({ length: 8 }, (_, lane) => poster(lane));
    await expect.poll(() => acknowledged.size, { timeout: 20_000 }).toBeGreaterThanOrEqual(40);
    server.child.kill("SIGKILL");
    expect(await server.exited).toBe("SIGKILL");
    killed = true;
    await Promise.all(posters);

    server = await server.restart();
    expect((await request.get(`${server.url}/api/health`)).status()).toBe(200);
    const stored = await storedBodies(server.dir, databaseUrl, run);
    const missing = [...acknowledged].filter((body) => !stored.includes(body));
    expect(missing, "acknowledged but not stored").toEqual([]);
    expect(stored.length - new Set(stored).size, "stored twice").toBe(0);
    expect(stored.length).toBeLessThanOrEqual(sent);
  } finally {
    await server.stop();
  }
});
