// The container's server: `node start.mjs` from .next/standalone, copied away from the project (so nothing is found
// in the project's own node_modules), serves pages, articles, static files, images, search and the health check.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_ENV } from "../playwright.config";
import { OPEN_ARTICLE } from "./support/comments";
import { PORTS } from "./support/ports";

const PORT = PORTS.standalone;

test.skip(!!process.env.DATABASE_URL, "the SQLite run covers it");

test("node start.mjs from the standalone output serves the site on its own", async ({ request }) => {
  test.setTimeout(60_000);
  expect(existsSync(".next/standalone/start.mjs"), "the build has a standalone server").toBe(true);
  const dir = mkdtempSync(path.join(tmpdir(), "meridian-standalone-"));
  // As a deployment copies it (cp -a, a container image's COPY): file times kept.
  execFileSync("cp", ["-a", ".next/standalone", path.join(dir, "app")]);
  // The content index compiled by the build comes with it, so the server does not read the whole archive again.
  const contentIndexes = path.join(dir, "app/.next/cache/content");
  const indexTimes = () =>
    readdirSync(contentIndexes).map((name) => [name, statSync(path.join(contentIndexes, name)).mtimeMs]);
  const copiedIndex = indexTimes();
  expect(copiedIndex, "one content index beside the standalone server").toHaveLength(1);
  const server = spawn(process.execPath, ["start.mjs"], {
    cwd: path.join(dir, "app"),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      DATA_DIR: path.join(dir, "data"),
      NEXTAUTH_SECRET: E2E_ENV.NEXTAUTH_SECRET,
      SITE_URL: `http://localhost:${PORT}`,
    },
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const base = `http://127.0.0.1:${PORT}`;
  try {
    await expect
      .poll(
        () =>
          fetch(`${base}/api/health`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 30_000 },
      )
      .toBe(200);
    const front = await request.get(`${base}/`);
    expect(front.status()).toBe(200);
    const html = await front.text();
    // Pages carry their stylesheet inline; the standalone server allows it by its hash, as `npm start` does.
    expect(front.headers()["content-security-policy"]).toMatch(/style-src 'self' 'sha256-/);
    const article = await request.get(base + OPEN_ARTICLE);
    expect(article.status()).toBe(200);
    const articleHtml = await article.text();
    expect(articleHtml).toContain("<h1");
    const stylesheet = html.match(/\/_next\/static\/[^"]+\.css/)?.[0];
    const image = articleHtml.match(/\/images\/articles\/[^"?]+\.jpg/)?.[0];
    for (const asset of [stylesheet, image]) {
      expect(asset).toBeDefined();
      expect((await request.get(base + asset)).status(), asset).toBe(200);
    }
    expect(await (await request.get(`${base}/api/health`)).json()).toMatchObject({ status: "ok", database: "sqlite" });
    // Search reads the index file the build wrote, copied beside the standalone server.
    expect(existsSync(path.join(dir, "app/.next/search-index.sqlite")), "the search index is beside it").toBe(true);
    const search = await request.get(`${base}/search?q=abalone`);
    expect(search.status()).toBe(200);
    expect(await search.text()).toContain("<mark>abalone</mark>");
    expect(indexTimes(), "the server read the content index it was given, and wrote none").toEqual(copiedIndex);
  } finally {
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  }
});
