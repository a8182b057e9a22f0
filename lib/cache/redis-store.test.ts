// The shared page cache against a real redis-server on a loopback port (npm test installs it: scripts/ensure-test-tools.sh).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript, loaded by Next at run time
import { RedisStore } from "./redis-store.mjs";

const available = spawnSync("redis-server", ["--version"]).status === 0;
if (!available)
  console.warn("redis-server is not installed: the shared cache tests are skipped (apt-get install redis-server).");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  for (let i = 0; i < 100; i++) {
    if (
      spawnSync("redis-cli", ["-p", String(port), "ping"])
        .stdout?.toString()
        .includes("PONG")
    )
      return child;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("redis-server did not start");
}

const page = (html: string, tags: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc:${html}`),
  status: 200,
  headers: { "x-next-cache-tags": tags },
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
});
const ctx = { kind: "APP_PAGE", isFallback: false };
const setCtx = { cacheControl: { revalidate: 30, expire: 3600 } };
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe.skipIf(!available)("the shared page cache (Redis)", () => {
  let port: number;
  let redis: ChildProcess;
  let a: RedisStore;
  let b: RedisStore;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    a = new RedisStore(`redis://127.0.0.1:${port}`, "test:");
    b = new RedisStore(`redis://127.0.0.1:${port}`, "test:");
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    redis?.kill();
  });

  it("serves one instance's entry to another, payloads intact", async () => {
    await a.set("/route-cache/APP_PAGE/x/$/asia/one", page("<p>one</p>", "_N_T_/layout,_N_T_/asia/one"), setCtx);
    const entry = await b.get("/route-cache/APP_PAGE/x/$/asia/one", ctx);
    expect(entry.value.html).toBe("<p>one</p>");
    expect(Buffer.isBuffer(entry.value.rscData) && entry.value.rscData.toString()).toBe("rsc:<p>one</p>");
    expect(entry.value.segmentData.get("/_tree").toString()).toBe("tree");
    expect(entry.cacheControl).toEqual({ revalidate: 30, expire: 3600 });
    expect(entry.lastModified).toBeLessThanOrEqual(Date.now());
  });

  it("expires an entry on every instance when one revalidates its path or a tag, and only that entry", async () => {
    await a.set("/k/asia/two", page("two", "_N_T_/layout,_N_T_/asia/two"), setCtx);
    await a.set("/k/asia/three", page("three", "_N_T_/layout,_N_T_/asia/three,comments"), setCtx);
    await settle();
    await b.revalidateTag(["_N_T_/asia/two"], undefined); // what revalidatePath("/asia/two") sends
    expect(await a.get("/k/asia/two", ctx)).toBeNull();
    expect((await a.get("/k/asia/three", ctx)).value.html).toBe("three");
    await a.revalidateTag("comments", { expire: 0 });
    expect(await b.get("/k/asia/three", ctx)).toBeNull();
    // Rendered again after the revalidation: served.
    await settle();
    await a.set("/k/asia/two", page("two again", "_N_T_/layout,_N_T_/asia/two"), setCtx);
    expect((await b.get("/k/asia/two", ctx)).value.html).toBe("two again");
  });

  it("keeps a tag revalidated with a later expiry until then", async () => {
    await a.set("/k/asia/four", page("four", "_N_T_/asia/four"), setCtx);
    await settle();
    await b.revalidateTag("_N_T_/asia/four", { expire: 60 });
    expect((await a.get("/k/asia/four", ctx)).value.html).toBe("four");
  });

  it("reads as a miss, without throwing or waiting long, while Redis is away, and recovers", async () => {
    redis.kill();
    await new Promise((resolve) => redis.once("exit", resolve));
    const started = Date.now();
    expect(await a.get("/route-cache/APP_PAGE/x/$/asia/one", ctx)).toBeNull();
    await a.set("/k/asia/five", page("five", "_N_T_/asia/five"), setCtx);
    await a.revalidateTag("anything", undefined);
    expect(Date.now() - started).toBeLessThan(3000);
    redis = await startRedis(port);
    for (let i = 0; i < 100 && !(await a.get("/k/none", ctx)) && !a.client.isReady; i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await a.set("/k/asia/six", page("six", "_N_T_/asia/six"), setCtx);
    expect((await a.get("/k/asia/six", ctx)).value.html).toBe("six");
  }, 20_000);
});
