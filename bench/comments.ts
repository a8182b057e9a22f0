// 500 concurrent valid comment posts against a production server: every one must be stored exactly once.
// Prints throughput and latency. The database is SQLite in a temporary folder, or PostgreSQL when DATABASE_URL
// is set (run through scripts/with-postgres.sh). Rate limits are relaxed for the run (COMMENT_RATE_LIMITS=off).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase } from "../lib/db/connection";

const POSTS = Number(process.env.BENCH_POSTS ?? 500);
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const ARTICLE = "mekong-river-upstream-dams-need-open-data";
const base = `http://127.0.0.1:${PORT}`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/comments/token`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("server did not start");
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const dataDir = mkdtempSync(path.join(tmpdir(), "bench-comments-"));
  const databaseUrl = process.env.DATABASE_URL;
  const label = databaseUrl?.startsWith("postgres") ? "PostgreSQL" : "SQLite";
  // As `npm start` serves it; the bench plays a proxy on loopback forwarding 500 distinct client addresses.
  const server = spawn(process.execPath, ["scripts/start.mjs", "-p", String(PORT)], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      COMMENT_RATE_LIMITS: "off",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret",
      SITE_URL: base,
      HOSTNAME: "127.0.0.1",
      TRUSTED_PROXIES: "127.0.0.1,::1",
    },
    stdio: "ignore",
  });
  try {
    await waitForServer();
    const { token } = (await (await fetch(`${base}/api/comments/token`)).json()) as { token: string };
    await new Promise((resolve) => setTimeout(resolve, 3100)); // a person takes longer than 3 s to write

    const runId = Date.now().toString(36);
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: POSTS }, async (_, i) => {
        const t0 = performance.now();
        const response = await fetch(`${base}/api/comments`, {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-Forwarded-For": `2001:db8:${i.toString(16)}::1` },
          body: JSON.stringify({
            article: ARTICLE,
            name: `Bench ${i}`,
            email: `bench-${i}@example.org`,
            body: `Bench ${runId} comment ${i}`,
            token,
          }),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const db = createDatabase(databaseUrl ?? `file:${path.join(dataDir, "meridian.sqlite")}`);
    const rows = await db
      .selectFrom("comments")
      .select("body")
      .where("body", "like", `Bench ${runId} comment %`)
      .execute();
    await db.destroy();
    const distinct = new Set(rows.map((row) => row.body)).size;

    latencies.sort((a, b) => a - b);
    console.log(`\n${label}: ${POSTS} concurrent comment posts`);
    console.log(`  responses:   ${[...statuses].map(([status, n]) => `${n} × ${status}`).join(", ")}`);
    console.log(`  stored:      ${rows.length} rows, ${distinct} distinct (expected ${POSTS} and ${POSTS})`);
    console.log(`  throughput:  ${(POSTS / seconds).toFixed(0)} posts/s (${seconds.toFixed(2)} s in all)`);
    console.log(
      `  latency:     p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`,
    );
    const ok = rows.length === POSTS && distinct === POSTS && statuses.get(202) === POSTS;
    console.log(`  ${ok ? "PASS" : "FAIL"}: every post stored exactly once`);
    if (!ok) process.exitCode = 1;
  } finally {
    server.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
