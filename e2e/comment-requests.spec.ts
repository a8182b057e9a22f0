// Bad requests to the comment routes get a 4xx with a clear message, never a server error.
import { expect, test } from "@playwright/test";
import { commenter, OPEN_ARTICLE, OPEN_ARTICLE_SLUG } from "./support/comments";
import { addComment } from "./support/database";
import { clientAddress } from "./support/editors";
import { SHOIGU_ARTICLE } from "./support/sample";

test.use({ extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": clientAddress() }) });

const BAD_NUMBERS = [
  "999999999999999999999",
  "9".repeat(400),
  "2147483648",
  "-1",
  "0",
  "01",
  "1.5",
  "1e3",
  "abc",
  "%20",
];

test("unknown, huge, negative and non-numeric comment pages and comment ids are 404", async ({ request }) => {
  for (const number of BAD_NUMBERS) {
    for (const path of [
      `${OPEN_ARTICLE}/comments/${number}`,
      `${OPEN_ARTICLE}/comments/reply/${number}`,
      `${OPEN_ARTICLE}/comments/report/${number}`,
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  }
  for (const path of [
    `${OPEN_ARTICLE}/comments/1`,
    `${OPEN_ARTICLE}/comments/2`,
    `${OPEN_ARTICLE}/comments/999999999`,
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("the comments API answers a body it cannot read with 415, 400 or 413 and a JSON reason", async ({ request }) => {
  const send = (body: string | Buffer, contentType?: string) =>
    request.post("/api/comments", { data: body, headers: contentType ? { "Content-Type": contentType } : {} });
  for (const type of ["application/xml", "text/plain", "application/octet-stream"]) {
    const response = await send("<comment><name>x</name></comment>", type);
    expect(response.status(), type).toBe(415);
    expect((await response.json()).error, type).toMatch(
      /application\/json, application\/x-www-form-urlencoded or multipart\/form-data/,
    );
  }
  for (const [body, type] of [
    ["{not json", "application/json"],
    ["[]", "application/json"],
    ["--xyz\r\nbroken", "multipart/form-data; boundary=xyz"],
    ["no boundary at all", "multipart/form-data"],
    ["name=%ZZ", "application/x-www-form-urlencoded"],
  ]) {
    const response = await send(body!, type);
    expect(response.status(), `${type}: ${body}`).toBe(400);
    expect((await response.json()).error).toMatch(/^The request body is not valid/);
  }
  const huge = await send(
    JSON.stringify({ article: OPEN_ARTICLE_SLUG, body: "x".repeat(1024 * 1024) }),
    "application/json",
  );
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error).toMatch(/larger than 64 KB/);
});

test("a reply to a comment of another article, to an unapproved one or to none is refused with 400", async ({
  request,
}) => {
  const elsewhere = await addComment({ articleSlug: SHOIGU_ARTICLE.slug, body: `Parent ${Math.random()}` });
  const waiting = await addComment({
    articleSlug: OPEN_ARTICLE_SLUG,
    body: `Parent ${Math.random()}`,
    status: "pending",
  });
  const { token } = (await (await request.get("/api/comments/token")).json()) as { token: string };
  for (const parentId of [elsewhere, waiting, 2147483647, "99999999999999999999999"]) {
    const reader = commenter();
    const response = await request.post("/api/comments", {
      data: { article: OPEN_ARTICLE_SLUG, name: reader.name, email: reader.email, body: reader.text, token, parentId },
    });
    expect(response.status(), String(parentId)).toBe(400);
    expect((await response.json()).error).toBe("The comment you are replying to is no longer available.");
  }
});
