// Addresses no link on the site makes: bad page numbers in every numbered route, malformed percent-encoding,
// invalid UTF-8, very long paths. Each answers a 4xx page with a message, never a 5xx.
import { connect } from "node:net";
import { expect, test, type APIResponse } from "@playwright/test";
import { OPEN_ARTICLE } from "./support/comments";
import { expectClearRefusal, hostileAddress } from "./support/hostile";

test.use({ extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": hostileAddress() }) });

test.afterAll(async ({ request }) => {
  expect((await request.get("/")).status(), "the server is still up").toBe(200);
});

const NUMBERED = [
  "/asia/page/N",
  "/authors/lena-marsh/page/N",
  `${OPEN_ARTICLE}/comments/N`,
  `${OPEN_ARTICLE}/comments/reply/N`,
  `${OPEN_ARTICLE}/comments/report/N`,
];

const BAD_NUMBERS = [
  "0",
  "-1",
  "1.5",
  "1e3",
  "abc",
  "00002",
  "+2",
  "0x10",
  "%20",
  "2147483648",
  "9007199254740993",
  "999999999999999999999",
  "9".repeat(400),
  "50000",
];

async function expectNotFoundPage(response: APIResponse, label: string) {
  await expectClearRefusal(response, label);
  expect(response.status(), label).toBe(404);
}

for (const route of NUMBERED) {
  for (const number of BAD_NUMBERS) {
    const path = route.replace("N", number);
    const name = `numbered route ${route} with ${number.length > 24 ? `${number.length} digits` : JSON.stringify(number)}`;
    test(`${name}: 404`, async ({ request }) => {
      await expectNotFoundPage(await request.get(path, { maxRedirects: 0 }), path);
    });
    test(`${name}, as the client router asks for it (RSC: 1): never a 5xx`, async ({ request }) => {
      // Next redirects a bare RSC request to add its `_rsc` parameter; the answer is its not-found payload.
      const rsc = await request.get(path, { headers: { RSC: "1" } });
      expect(rsc.status(), `${path} with RSC: 1`).toBeLessThan(500);
    });
  }
}

const MALFORMED = [
  "/%E0%A4%A",
  "/asia/%ff%fe",
  "/%",
  "/%%",
  "/%zz",
  "/asia/%C0%AF",
  "/asia/%ED%A0%80",
  "/authors/%ff",
  "/authors/lena-marsh/page/%ff",
  "/og/%ff",
  "/media/16x9/%ff.jpg",
  "/preview/%ff",
  "/asia/%00",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/asia/..%2f..%2fpackage.json",
  "/media/16x9/..%2f..%2f..%2fpackage.json",
  "/asia/feed.xml/%ff",
  `${OPEN_ARTICLE}/comments/%ff`,
  `${OPEN_ARTICLE}/comments/reply/%E0%A4%A`,
  "/api/comments/%ff",
  "/sitemaps/%ff.xml",
  "/asia/%E2%80%AE",
  `/asia/${encodeURIComponent("<script>alert(1)</script>")}`,
];

for (const path of MALFORMED) {
  test(`malformed address ${path}: a 4xx with a message`, async ({ request }) => {
    await expectClearRefusal(await request.get(path, { maxRedirects: 0 }), path);
  });
}

test.describe("unknown and malformed addresses as the client router asks for them (RSC: 1): never a 5xx", () => {
  for (const path of [
    "/%E0%A4%A",
    // Two segments reach the article route, which renders any article on its first request (dynamicParams) and so
    // answers its own 404 for what is none.
    "/asia/no-such-article",
    "/authors/no-such-author",
    "/asia/%ff%fe",
    `${OPEN_ARTICLE}/comments/999999999999999999999`,
    // One segment: the section route answers only its sections' names, in any case.
    "/no-such-page",
    "/Asia",
    "/ASIA/page/2",
  ]) {
    test(`${path} with RSC: 1`, async ({ request }) => {
      const response = await request.get(path, { headers: { RSC: "1" } });
      expect(response.status()).toBeLessThan(500);
    });
  }
});

/** A request whose path holds raw bytes (not percent-encoded), as only a hand-written client sends it. */
function rawGet(path: Buffer): Promise<number> {
  const port = Number(process.env.E2E_PORT ?? 3210);
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(
        Buffer.concat([
          Buffer.from("GET "),
          path,
          Buffer.from(
            ` HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Forwarded-For: ${hostileAddress()}\r\nConnection: close\r\n\r\n`,
          ),
        ]),
      );
    });
    let head = "";
    socket.on("data", (chunk) => {
      head += chunk.toString("latin1");
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      if (match) {
        resolve(Number(match[1]));
        socket.destroy();
      }
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(/^HTTP\/1\.[01] (\d{3})/.test(head) ? Number(head.slice(9, 12)) : 0));
    socket.setTimeout(10_000, () => socket.destroy(new Error("no answer")));
  });
}

const RAW_PATHS: [string, Buffer][] = [
  ["/asia/ followed by bytes FF FE", Buffer.concat([Buffer.from("/asia/"), Buffer.from([0xff, 0xfe])])],
  ["a truncated UTF-8 sequence", Buffer.concat([Buffer.from("/"), Buffer.from([0xe0, 0xa4])])],
  [
    "an overlong slash (C0 AF)",
    Buffer.concat([Buffer.from("/asia/.."), Buffer.from([0xc0, 0xaf]), Buffer.from("package.json")]),
  ],
  [
    "an article path with a Latin-1 byte",
    Buffer.concat([Buffer.from(`${OPEN_ARTICLE}/comments/`), Buffer.from([0xe9])]),
  ],
];

for (const [label, path] of RAW_PATHS) {
  test(`raw invalid UTF-8 in the path: ${label}`, async () => {
    const status = await rawGet(path);
    expect(status, "answered").toBeGreaterThan(0);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });
}

const LONG: [string, string][] = [
  ["a 2,000-character segment", `/asia/${"a".repeat(2000)}`],
  ["an 8,000-character path", `/${"b".repeat(8000)}`],
  ["300 segments", "/x".repeat(300)],
  ["a 20,000-character path", `/${"c".repeat(20_000)}`],
  ["an article with an 8,000-character comment page", `${OPEN_ARTICLE}/comments/${"9".repeat(8000)}`],
  ["an 8,000-character query string", `/asia?${"q=1&".repeat(2000)}`],
];

for (const [label, path] of LONG) {
  test(`very long address: ${label}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    // A long query string on a real page may be ignored (200); anything else is a 4xx.
    if (path.includes("?")) expect(response.status()).toBeLessThan(500);
    else expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
  });
}

test("a form posted to a page that is no readable form is refused with a message, never a 5xx", async ({
  request,
  baseURL,
}) => {
  const bodies: [string, string][] = [
    ["garbage", "multipart/form-data; boundary=x"],
    ["no boundary at all", "multipart/form-data"],
    ['--x\r\nContent-Disposition: form-data; name="$ACTION_ID_1"\r\n\r\n', "multipart/form-data; boundary=x"],
  ];
  for (const path of [OPEN_ARTICLE, "/", "/editor/sign-in"]) {
    for (const [data, type] of bodies) {
      const label = `${path} ${type}: ${JSON.stringify(data)}`;
      const response = await request.post(path, {
        data,
        headers: { "Content-Type": type, Origin: baseURL!, "X-Forwarded-For": hostileAddress() },
        maxRedirects: 0,
      });
      await expectClearRefusal(response, label);
      expect(response.status(), label).toBe(400);
      // A script posting without saying where from is refused before its form is read.
      const unsigned = await request.post(path, { data, headers: { "Content-Type": type }, maxRedirects: 0 });
      await expectClearRefusal(unsigned, `${label}, no Origin`);
    }
  }
});
