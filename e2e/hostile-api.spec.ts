// POST /api/comments as scripts send it, wrong in every way: content types, bodies that do not parse, fields of
// the wrong type or missing, 1 MB values, invalid UTF-8. Each gets a 4xx with a message, never a 5xx; whatever is
// acknowledged is stored exactly once.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { commentsTagged, deletePendingTagged } from "./support/database";
import {
  expectClearRefusal,
  expectClearRefusalOrSuccess,
  expectStoredOnce,
  hostileAddress,
  marker,
  OPEN_SLUG,
  postComment,
  validComment,
} from "./support/hostile";

test.afterAll(async ({ request }) => {
  expect((await request.get("/")).status(), "the server is still up").toBe(200);
});

const MB = 1024 * 1024;

/** Sends raw bytes with a content type of our choosing. */
function postRaw(
  request: APIRequestContext,
  body: string | Buffer,
  contentType?: string,
  path = "/api/comments",
): Promise<APIResponse> {
  const headers: Record<string, string> = { "X-Forwarded-For": hostileAddress() };
  if (contentType !== undefined) headers["Content-Type"] = contentType;
  return request.post(path, { data: typeof body === "string" ? Buffer.from(body) : body, headers, maxRedirects: 0 });
}

/** A valid comment as JSON text, to wrap in the wrong content type. */
async function validJson(request: APIRequestContext, tag: string): Promise<string> {
  return JSON.stringify(await validComment(request, tag));
}

/** Acknowledged and stored once, or refused with a message and nothing stored. */
async function expectHandled(response: APIResponse, tag: string, label: string) {
  await expectClearRefusalOrSuccess(response, label);
  if (response.status() >= 400) expect(await commentsTagged(tag), "a refused comment is not stored").toEqual([]);
  else await expectStoredOnce(response, tag);
  await deletePendingTagged(tag);
}

const CONTENT_TYPES: [string, (json: string, tag: string) => { body: string | Buffer; type?: string }][] = [
  [
    "application/xml",
    (_, tag) => ({ body: `<comment><name>${tag}</name><body>${tag} text</body></comment>`, type: "application/xml" }),
  ],
  ["text/xml", (_, tag) => ({ body: `<?xml version="1.0"?><comment>${tag}</comment>`, type: "text/xml" })],
  ["text/plain carrying JSON", (json) => ({ body: json, type: "text/plain" })],
  ["no content type", (json) => ({ body: json })],
  ["application/octet-stream", (json) => ({ body: json, type: "application/octet-stream" })],
  ["an unknown type", (json) => ({ body: json, type: "application/x-evil" })],
  ["a malformed content type", (json) => ({ body: json, type: ";;;=/" })],
  [
    "application/json with a charset it is not in",
    (json) => ({ body: Buffer.from(json, "utf16le"), type: "application/json; charset=utf-16" }),
  ],
  ["malformed JSON", () => ({ body: `{"name": "x", "body": `, type: "application/json" })],
  ["JSON with trailing garbage", (json) => ({ body: `${json} }}}`, type: "application/json" })],
  ["an empty JSON body", () => ({ body: "", type: "application/json" })],
  ["a JSON array", (json) => ({ body: `[${json}]`, type: "application/json" })],
  ["a JSON string", () => ({ body: `"a comment"`, type: "application/json" })],
  ["JSON null", () => ({ body: "null", type: "application/json" })],
  ["a JSON number", () => ({ body: "42", type: "application/json" })],
  ["JSON true", () => ({ body: "true", type: "application/json" })],
  [
    "JSON nested 100,000 deep",
    () => ({ body: `${"[".repeat(100_000)}${"]".repeat(100_000)}`, type: "application/json" }),
  ],
  [
    "JSON with __proto__ keys",
    (json) => ({
      body: json.replace("{", `{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},`),
      type: "application/json",
    }),
  ],
  [
    "malformed multipart (garbage after the boundary)",
    () => ({ body: "--zz\r\ngarbage\r\n\r\n--zz", type: "multipart/form-data; boundary=zz" }),
  ],
  [
    "multipart without a boundary",
    () => ({
      body: '--zz\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--zz--\r\n',
      type: "multipart/form-data",
    }),
  ],
  [
    "truncated multipart",
    (_, tag) => ({
      body: `--zz\r\nContent-Disposition: form-data; name="name"\r\n\r\n${tag}`,
      type: "multipart/form-data; boundary=zz",
    }),
  ],
  [
    "multipart with a header line too long",
    () => ({
      body: `--zz\r\nContent-Disposition: form-data; name="${"n".repeat(100_000)}"\r\n\r\nx\r\n--zz--\r\n`,
      type: "multipart/form-data; boundary=zz",
    }),
  ],
  [
    "form-encoded with malformed percent-escapes",
    (_, tag) => ({
      body: `article=${OPEN_SLUG}&name=%E0%A4%A&email=${tag}%40example.org&body=%ZZ%`,
      type: "application/x-www-form-urlencoded",
    }),
  ],
  [
    "form-encoded with raw invalid UTF-8",
    (_, tag) => ({
      body: Buffer.concat([
        Buffer.from(`article=${OPEN_SLUG}&name=${tag}&email=${tag}%40example.org&body=${tag}+`),
        Buffer.from([0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80]),
      ]),
      type: "application/x-www-form-urlencoded",
    }),
  ],
];

for (const [label, make] of CONTENT_TYPES) {
  test(`content type: ${label}`, async ({ request }) => {
    const tag = marker();
    const { body, type } = make(await validJson(request, tag), tag);
    await expectHandled(await postRaw(request, body, type), tag, label);
  });
}

test("JSON with raw invalid UTF-8 bytes inside a string: refused, or stored inert once", async ({ request }) => {
  const tag = marker();
  const json = await validJson(request, tag);
  const [before, after] = json.split(`A considered thought, ${tag}.`);
  const body = Buffer.concat([
    Buffer.from(`${before}${tag} `),
    Buffer.from([0xff, 0xfe, 0x80, 0xc3, 0x28, 0xf8, 0x88, 0x80, 0x80, 0x80]),
    Buffer.from(after!),
  ]);
  const response = await postRaw(request, body, "application/json");
  await expectClearRefusalOrSuccess(response, "invalid UTF-8");
  if (response.status() < 400) {
    await expectStoredOnce(response, tag);
    const [stored] = await commentsTagged(tag);
    expect(stored!.body, "stored as well-formed text").toBe(Buffer.from(stored!.body, "utf8").toString("utf8"));
  }
  await expectHandled(response, tag, "invalid UTF-8");
});

const FIELDS = ["article", "name", "email", "body", "token", "parentId"] as const;
const WRONG_TYPES: [string, unknown][] = [
  ["a number", 12345],
  ["an array", ["a", "b"]],
  ["an object", { $gt: "" }],
  ["null", null],
  ["true", true],
];

for (const field of FIELDS) {
  for (const [kind, value] of WRONG_TYPES) {
    test(`field of the wrong type: ${field} is ${kind}`, async ({ request }) => {
      const tag = marker();
      const response = await postComment(request, { ...(await validComment(request, tag)), [field]: value });
      await expectClearRefusalOrSuccess(response, `${field} = ${kind}`);
      // Only an absent-looking parentId (null) may still post the comment: as a top-level one.
      if (!(field === "parentId" && value === null)) await expectClearRefusal(response, `${field} = ${kind}`);
      await expectHandled(response, tag, `${field} = ${kind}`);
    });
  }
}

for (const field of ["article", "name", "email", "body", "token"] as const) {
  test(`missing field: ${field}`, async ({ request }) => {
    const tag = marker();
    const data = await validComment(request, tag);
    delete data[field];
    const response = await postComment(request, data);
    await expectClearRefusal(response, `without ${field}`);
    expect(await commentsTagged(tag)).toEqual([]);
  });
}

for (const [kind, website] of [
  ["an object", { toString: "x" }],
  ["an array", ["x"]],
  ["a number", 1],
] as const) {
  test(`the honeypot as ${kind}: silently discarded or refused, never stored`, async ({ request }) => {
    const tag = marker();
    const response = await postComment(request, { ...(await validComment(request, tag)), website });
    await expectClearRefusalOrSuccess(response, `honeypot ${kind}`);
    expect(await commentsTagged(tag)).toEqual([]);
  });
}

test("parentId 0 or empty: treated as no parent, or refused", async ({ request }) => {
  for (const parentId of [0, ""]) {
    const tag = marker();
    await expectHandled(
      await postComment(request, { ...(await validComment(request, tag)), parentId }),
      tag,
      `parentId ${JSON.stringify(parentId)}`,
    );
  }
});

const PARENT_IDS: unknown[] = [
  -1,
  1.5,
  "abc",
  "1e3",
  1e21,
  "99999999999999999999999",
  2147483648,
  9007199254740993,
  "1; DROP TABLE comments",
  "0x10",
  " 1",
  "-0",
  "Infinity",
  "NaN",
];

for (const parentId of PARENT_IDS) {
  test(`parentId ${JSON.stringify(parentId)}: refused as no such comment`, async ({ request }) => {
    const tag = marker();
    const response = await postComment(request, { ...(await validComment(request, tag)), parentId });
    await expectClearRefusal(response, `parentId ${String(parentId)}`);
    expect(await commentsTagged(tag)).toEqual([]);
  });
}

const HUGE: [string, (tag: string) => Record<string, string>][] = [
  ["a 1 MB body", (tag) => ({ body: `${tag} ${"x".repeat(MB)}` })],
  ["a 1 MB name", (tag) => ({ name: `${tag} ${"n".repeat(MB)}` })],
  ["a 1 MB token", () => ({ token: "1".repeat(MB) })],
  ["a 1 MB article slug", () => ({ article: "a".repeat(MB) })],
  ["a body one character over the limit", (tag) => ({ body: `${tag} ${"y".repeat(5000)}` })],
];

for (const [label, override] of HUGE) {
  test(`size: ${label}`, async ({ request }) => {
    const tag = marker();
    const response = await postComment(request, { ...(await validComment(request, tag)), ...override(tag) });
    await expectClearRefusal(response, label);
    expect(await commentsTagged(tag)).toEqual([]);
  });
}

test("size: a 1 MB email address: refused, or kept only as its hash", async ({ request }) => {
  const tag = marker();
  const response = await postComment(request, {
    ...(await validComment(request, tag)),
    email: `${"e".repeat(MB)}${tag}@example.org`,
  });
  await expectHandled(response, tag, "1 MB email");
});

test("size: a 1 MB form-encoded body", async ({ request }) => {
  const tag = marker();
  const fields = { ...(await validComment(request, tag)), body: `${tag} ${"z".repeat(MB)}` } as Record<string, string>;
  const response = await postRaw(request, new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded");
  await expectClearRefusal(response, "1 MB form");
  expect(await commentsTagged(tag)).toEqual([]);
});

test("size: a 1 MB multipart body", async ({ request }) => {
  const tag = marker();
  const fields = { ...(await validComment(request, tag)), body: `${tag} ${"m".repeat(MB)}` } as Record<string, string>;
  const response = await request.post("/api/comments", {
    multipart: fields,
    headers: { "X-Forwarded-For": hostileAddress() },
  });
  await expectClearRefusal(response, "1 MB multipart");
  expect(await commentsTagged(tag)).toEqual([]);
});

test("size: 5 MB of JSON whitespace around a valid comment", async ({ request }) => {
  const tag = marker();
  const response = await postRaw(request, `${" ".repeat(5 * MB)}${await validJson(request, tag)}`, "application/json");
  await expectHandled(response, tag, "5 MB JSON");
});

for (const method of ["GET", "PUT", "PATCH", "DELETE"] as const) {
  test(`method ${method} on /api/comments is refused`, async ({ request }) => {
    const response = await request.fetch("/api/comments", { method, headers: { "X-Forwarded-For": hostileAddress() } });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
  });
}

test("a valid form-encoded comment is acknowledged and stored once (the control case)", async ({ request }) => {
  const tag = marker();
  const fields = (await validComment(request, tag)) as Record<string, string>;
  const response = await postRaw(request, new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded");
  expect(response.status()).toBe(202);
  await expectHandled(response, tag, "valid form");
});
