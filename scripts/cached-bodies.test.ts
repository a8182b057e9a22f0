import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedBodies } from "./cached-bodies.mjs";

/** What the stand-in for Next answers at each address, as Next answers them: whole bodies, or written as made. */
const answers: Record<string, (response: ServerResponse) => void> = {
  "/page": (response) => whole(response, PAGE),
  "/other": (response) => whole(response, `${PAGE.slice(0, -1)}!`),
  "/buffer": (response) => whole(response, Buffer.from(PAGE)),
  "/streamed": (response) => {
    response.setHeader("Content-Type", "text/html");
    response.write(PAGE.slice(0, 10));
    response.end(PAGE.slice(10));
  },
  "/missing": (response) => {
    response.statusCode = 404;
    whole(response, PAGE);
  },
  "/tagged": (response) => {
    response.setHeader("ETag", '"its-own"');
    whole(response, PAGE);
  },
};
const PAGE = `<!DOCTYPE html><html><body>${"news ".repeat(30_000)}</body></html>`;

function whole(response: ServerResponse, body: string | Buffer) {
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Cache-Control", "s-maxage=30");
  response.setHeader("Content-Length", Buffer.byteLength(body));
  response.end(body);
}

let server: Server;
let origin: string;
beforeAll(async () => {
  const tagBody = cachedBodies();
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    tagBody(request, response);
    answers[request.url!]!(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A plain request (fetch() would add Cache-Control: no-cache to a conditional one). */
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: Headers; text: () => Promise<string> }>((resolve, reject) => {
    request(origin + path, { headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode!,
          headers: new Headers(response.headers as Record<string, string>),
          text: async () => Buffer.concat(chunks).toString(),
        }),
      );
    })
      .on("error", reject)
      .end();
  });
}

describe("cached bodies sent by the production server", () => {
  it("tag a whole body, the same one each time it is served, and another body differently", async () => {
    const [first, again, other] = await Promise.all([get("/page"), get("/page"), get("/other")]);
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).toMatch(/^"[\w-]{20,}"$/);
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(other.headers.get("etag")).not.toBe(first.headers.get("etag"));
    // The body sent is the page, as bytes prepared once.
    expect(await first.text()).toBe(PAGE);
    expect(await again.text()).toBe(PAGE);
    // A body given as bytes is the same representation.
    expect((await get("/buffer")).headers.get("etag")).toBe(first.headers.get("etag"));
  });

  it("answer a request that names the tag with 304, no body, and the caching headers of the 200", async () => {
    const tag = (await get("/page")).headers.get("etag")!;
    for (const names of [tag, `"stale", ${tag}`, `W/${tag}`, "*"]) {
      const response = await get("/page", { "If-None-Match": names });
      expect(response.status, names).toBe(304);
      expect(response.headers.get("etag")).toBe(tag);
      expect(response.headers.get("cache-control")).toBe("s-maxage=30");
      expect(response.headers.get("content-type")).toBeNull();
      expect(await response.text()).toBe("");
    }
    // Another body, or a request that asks not to be answered from a cache, gets the page.
    expect((await get("/other", { "If-None-Match": tag })).status).toBe(200);
    expect((await get("/page", { "If-None-Match": tag, "Cache-Control": "no-cache" })).status).toBe(200);
  });

  it("leave alone what Next does not tag: streamed renders, other statuses and methods, a tag of its own", async () => {
    for (const path of ["/streamed", "/missing"]) {
      const response = await get(path);
      expect(response.headers.get("etag"), path).toBeNull();
      expect(await response.text(), path).toBe(PAGE);
    }
    expect((await get("/page", {}, "HEAD")).headers.get("etag")).toBeNull();
    const own = await get("/tagged", { "If-None-Match": '"its-own"' });
    expect(own.status).toBe(200);
    expect(own.headers.get("etag")).toBe('"its-own"');
  });

  it("send a body's bytes, and tag it again as before once it has been forgotten", () => {
    const cached = cachedBodies();
    const first = sendWith(cached, PAGE);
    expect(Buffer.isBuffer(first.sent) && first.sent.equals(Buffer.from(PAGE))).toBe(true);
    // Some 24 MB of other bodies pass (characters and bytes), more than the 16 MB kept.
    const others = new Set(Array.from({ length: 80 }, (_, n) => sendWith(cached, `${PAGE}${n}`).tag));
    expect(others.size).toBe(80);
    expect(others.has(first.tag)).toBe(false);
    const again = sendWith(cached, PAGE);
    expect(again.tag).toBe(first.tag);
    expect(again.sent).toEqual(first.sent);
  });
});

/** What a cachedBodies() function makes of a 200 answer to GET with this whole body: its ETag and what is sent. */
function sendWith(cached: ReturnType<typeof cachedBodies>, body: string) {
  const headers = new Map<string, string>();
  let sent: unknown;
  const response = {
    statusCode: 200,
    headersSent: false,
    hasHeader: (name: string) => headers.has(name.toLowerCase()),
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
    end: (chunk?: unknown) => void (sent = chunk),
  };
  cached({ method: "GET", headers: {} } as IncomingMessage, response as unknown as ServerResponse);
  response.end(body);
  return { tag: headers.get("etag")!, sent };
}
