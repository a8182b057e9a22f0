// A deploy stops an instance with SIGTERM: it stops taking new connections, finishes the requests in flight, closes
// its database and exits cleanly, within a few seconds.
import { request as httpRequest } from "node:http";
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startIsolatedServer } from "./support/isolated-server";
import { OPEN_ARTICLE } from "./support/comments";
import { PORTS } from "./support/ports";

const PORT = PORTS.shutdown;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A comment post whose body arrives in two halves, `gap` apart: in flight for that long. */
function slowPost(url: string, payload: object, sendRest: Promise<unknown>): Promise<{ status: number; body: string }> {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}/api/comments`,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-forwarded-for": "198.51.100.7",
        },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, 20));
    void sendRest.then(() => req.end(body.slice(20)));
  });
}

test("on SIGTERM the requests in flight finish, new ones are refused, the database is closed and the exit is clean", async ({
  request,
}) => {
  test.setTimeout(60_000);
  const server = await startIsolatedServer(PORT, { COMMENT_RATE_LIMITS: "off" });
  try {
    const { token } = await (await request.get(`${server.url}/api/comments/token`)).json();
    const article = OPEN_ARTICLE.split("/").pop();
    let release!: () => void;
    const rest = new Promise<void>((resolve) => (release = resolve));
    const inFlight = Array.from({ length: 5 }, (_, i) =>
      slowPost(
        server.url,
        { article, name: "Ann", email: `ann${i}@example.org`, body: `Posted as the deploy began, ${i}.`, token },
        rest,
      ),
    );
    await pause(500); // the server has the requests' headers and is waiting for their bodies

    const signalled = Date.now();
    server.child.kill("SIGTERM");
    // No new connections while it drains: refused once the server has taken the signal, which a busy machine can
    // deliver late, and well before the requests in flight are done (their bodies are still held back).
    const health = () =>
      fetch(`${server.url}/api/health`).then(
        () => "answered",
        () => "refused",
      );
    await expect.poll(health, { intervals: [100], timeout: 3_000 }).toBe("refused");
    expect(await health(), "still refused").toBe("refused");
    release();

    const answers = await Promise.all(inFlight);
    for (const answer of answers) expect(answer.status, answer.body).toBe(202);
    expect(await server.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5_000);
    // SQLite folds its write-ahead log into the file when the last connection closes: the database was closed.
    if (!process.env.DATABASE_URL) {
      expect(existsSync(path.join(server.dir, "data", "meridian.sqlite"))).toBe(true);
      expect(existsSync(path.join(server.dir, "data", "meridian.sqlite-wal"))).toBe(false);
    }
    expect(server.log()).not.toMatch(/still running|Closing the database failed/);
  } finally {
    await server.stop();
  }
});
