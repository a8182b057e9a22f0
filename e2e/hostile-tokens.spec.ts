// Forged, expired and swapped tokens (the comment form's stamp, preview links, the no-JavaScript outcome cookie),
// cross-origin posts to the comments API, to Server Actions and to the desk, and replies aimed where no reply may go.
// Each is refused with a 4xx and a message, or ignored; nothing is stored and nothing answers 5xx.
import { createHmac } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { test, expect, decideOnDesk, type Desk } from "./support/desk";
import { OPEN_ARTICLE } from "./support/comments";
import { commentsTagged, deletePendingTagged, editorDisabled } from "./support/database";
import { newEditor, PASSWORD, signIn } from "./support/editors";
import { postPageForm } from "./support/forms";
import {
  commentToken,
  expectClearRefusal,
  expectStoredOnce,
  hostileAddress,
  marker,
  ORIGIN,
  postComment,
  validComment,
} from "./support/hostile";
import { SHOIGU_ARTICLE, UNPUBLISHED } from "./support/sample";
import { E2E_ENV } from "../playwright.config";

test.afterAll(async ({ request }) => {
  expect((await request.get("/")).status(), "the server is still up").toBe(200);
});

const EVIL = "https://evil.example";
const DRAFT = UNPUBLISHED.find((article) => article.status === "draft")!;
const flip = (text: string) => text.slice(0, -1) + (text.endsWith("A") ? "B" : "A");

/** A real share link's token, made by the desk for the draft. */
async function previewToken(desk: Desk): Promise<string> {
  await desk.page.goto(`/editor/share/${DRAFT.slug}`);
  const link = await desk.page.getByLabel("Preview link").inputValue();
  return link.slice(link.indexOf("/preview/") + "/preview/".length);
}

async function expectTokenRefused(request: APIRequestContext, token: string, what: string) {
  const tag = marker();
  const response = await postComment(request, { ...(await validComment(request, tag)), token });
  try {
    await expectClearRefusal(response, what);
    expect(await commentsTagged(tag), `${what}: nothing stored`).toEqual([]);
  } finally {
    await deletePendingTagged(tag);
  }
}

const TAMPERED_COMMENT_TOKENS: [string, (token: string) => string][] = [
  ["empty", () => ""],
  ["garbage", () => "garbage"],
  ["a number and nothing else", (token) => token.split(".")[0]!],
  ["the signature altered", (token) => flip(token)],
  ["the stamp moved on by a millisecond", (token) => `${Number(token.split(".")[0]) + 1}.${token.split(".")[1]}`],
  [
    "from the future (a day ahead, same signature)",
    (token) => `${Number(token.split(".")[0]) + 86_400_000}.${token.split(".")[1]}`,
  ],
  [
    "eight days old (same signature)",
    (token) => `${Number(token.split(".")[0]) - 8 * 86_400_000}.${token.split(".")[1]}`,
  ],
  ["a third part appended", (token) => `${token}.x`],
  ["10 KB long", (token) => token + "A".repeat(10_000)],
  ["with a NUL inside", (token) => token.replace(".", "\u0000.")],
  ["negative stamp", (token) => `-${token}`],
];

for (const [what, tamper] of TAMPERED_COMMENT_TOKENS) {
  test(`comment token ${what}: refused`, async ({ request }) => {
    await expectTokenRefused(request, tamper(await commentToken(request)), `token ${what}`);
  });
}

test("comment token: a preview link's token used as a comment token is refused", async ({ request, desk }) => {
  await expectTokenRefused(request, await previewToken(desk), "preview token as comment token");
});

/** An expired share link in the format of today's links, signed with the test secret: refused (expired or forged). */
function expiredPreviewToken(): string {
  const payload = Buffer.from(JSON.stringify({ s: DRAFT.slug, e: Date.now() - 3_600_000 })).toString("base64url");
  return `${payload}.${createHmac("sha256", `preview-link:${E2E_ENV.NEXTAUTH_SECRET}`).update(payload).digest("base64url")}`;
}

const BAD_PREVIEWS: [string, (token: string, commentStamp: string) => string][] = [
  ["anything", () => "anything"],
  ["the signature altered", (token) => flip(token)],
  [
    "the payload swapped for another article's",
    (token) =>
      `${Buffer.from(JSON.stringify({ s: UNPUBLISHED.at(-1)!.slug, e: Date.now() + 3_600_000 })).toString("base64url")}.${token.split(".")[1]}`,
  ],
  [
    "the payload's expiry pushed out",
    (token) =>
      `${Buffer.from(JSON.stringify({ s: DRAFT.slug, e: Date.now() + 365 * 86_400_000 })).toString("base64url")}.${token.split(".")[1]}`,
  ],
  ["expired", () => expiredPreviewToken()],
  ["a comment token", (_, stamp) => stamp],
  ["a third part appended", (token) => `${token}.x`],
  ["the signature alone", (token) => token.split(".")[1]!],
  [
    "JSON instead of base64",
    (token) => `${encodeURIComponent(JSON.stringify({ s: DRAFT.slug, e: 9e15 }))}.${token.split(".")[1]}`,
  ],
];

for (const [what, make] of BAD_PREVIEWS) {
  test(`preview link ${what}: 404, and the draft stays hidden`, async ({ request, desk }) => {
    const token = make(await previewToken(desk), await commentToken(request));
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const response = await request.get(`/preview/${token}`, {
        headers: { "X-Forwarded-For": hostileAddress(), ...headers },
      });
      expect(response.status()).toBeLessThan(500);
      if (!("RSC" in headers)) await expectClearRefusal(response, `preview ${what}`);
      const body = await response.text();
      for (const article of UNPUBLISHED) {
        expect(body).not.toContain(article.title);
        expect(body).not.toContain(article.standfirst);
      }
    }
  });
}

test("preview link: the real one opens the draft (the control case)", async ({ request, desk }) => {
  const response = await request.get(`/preview/${await previewToken(desk)}`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(DRAFT.title.replace(/'/g, "&#x27;").replace(/"/g, "&quot;").slice(0, 20));
});

const FORGED_FLASHES = [
  "published.1.forged",
  `pending.1.${"A".repeat(43)}`,
  "published.99999999999999999999999.x",
  "published.1",
  "pending",
  "x".repeat(3000),
  `"><script>window.__pwned=1</script>`,
  "published.-1.x",
  "%00%ff",
];

for (const value of FORGED_FLASHES) {
  test(`forged comment-outcome cookie ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}: the plain article, no outcome shown`, async ({
    request,
  }) => {
    const response = await request.get(OPEN_ARTICLE, {
      headers: { Cookie: `meridian.comment-flash=${value}`, "X-Forwarded-For": hostileAddress() },
    });
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).not.toContain("Thank you: your comment");
    expect(html).not.toContain("Awaiting moderation: only you can see this");
    if (value.includes("<")) expect(html, "the cookie is not reflected").not.toContain(value);
  });
}

test.describe("cross-origin posts", () => {
  for (const [what, headers] of [
    ["Origin: https://evil.example", { Origin: EVIL }],
    ["Origin: null", { Origin: "null" }],
    ["Sec-Fetch-Site: cross-site", { "Sec-Fetch-Site": "cross-site" }],
    ["an Origin that only starts like ours", { Origin: `${ORIGIN}.evil.example` }],
  ] as const) {
    test(`POST /api/comments with ${what}: refused, nothing stored`, async ({ request }) => {
      const tag = marker();
      const response = await postComment(request, await validComment(request, tag), headers);
      try {
        await expectClearRefusal(response, what);
        expect(await commentsTagged(tag)).toEqual([]);
      } finally {
        await deletePendingTagged(tag);
      }
    });
  }

  for (const [what, origin] of [
    ["https://evil.example", EVIL],
    ["an origin that only starts like ours", `${ORIGIN}.evil.example`],
  ] as const) {
    test(`the comment form's Server Action posted from ${what}: refused, nothing stored`, async ({ request }) => {
      const tag = marker();
      const response = await postPageForm(
        request,
        OPEN_ARTICLE,
        /<form class="form comment-form"/,
        {
          name: `Cross ${tag}`,
          email: `${tag}@example.org`,
          body: `Cross-origin ${tag}`,
        },
        { Origin: origin, "X-Forwarded-For": hostileAddress() },
      );
      try {
        expect(response.status()).toBeGreaterThanOrEqual(400);
        expect(response.status()).toBeLessThan(500);
        expect(await commentsTagged(tag)).toEqual([]);
      } finally {
        await deletePendingTagged(tag);
      }
    });
  }

  test("the comment form's Server Action posted from our own origin is accepted (the control case)", async ({
    request,
  }) => {
    const tag = marker();
    const response = await postPageForm(
      request,
      OPEN_ARTICLE,
      /<form class="form comment-form"/,
      {
        name: `Same ${tag}`,
        email: `${tag}@example.org`,
        body: `Same-origin ${tag}`,
      },
      { Origin: ORIGIN, "X-Forwarded-For": hostileAddress() },
    );
    expect(response.status()).toBe(303);
    expect((await commentsTagged(tag)).length).toBe(1);
    await deletePendingTagged(tag);
  });

  test("the sign-in Server Action posted from another origin signs no one in", async ({ request, desk }) => {
    const response = await postPageForm(
      request,
      "/editor/sign-in",
      /<form[^>]*>/,
      { email: desk.email, password: PASSWORD },
      { Origin: EVIL, "X-Forwarded-For": hostileAddress() },
    );
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    expect(response.headers()["set-cookie"] ?? "").not.toMatch(/session-token=[^;]/);
  });

  test("desk: signing an editor out from another origin is refused", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": hostileAddress() } });
    const page = await context.newPage();
    await signIn(page, newEditor().email);
    const response = await page.request.post("/editor/sign-out", { headers: { Origin: EVIL }, maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    await page.goto("/editor");
    await expect(page).toHaveURL(/\/editor$/);
    await context.close();
  });

  test("desk: a moderation decision from another origin is refused", async ({ request, desk }) => {
    const tag = marker();
    const id = (await expectStoredOnce(await postComment(request, await validComment(request, tag)), tag))!;
    try {
      const response = await desk.page.request.post("/editor/comments/moderate", {
        form: { single: `approve:${id}`, state: "pending" },
        headers: { Origin: EVIL },
        maxRedirects: 0,
      });
      expect(response.status()).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
      expect((await commentsTagged(tag))[0]!.status).toBe("pending");
    } finally {
      await deletePendingTagged(tag);
    }
  });

  test("desk: a newsroom reply from another origin is refused", async ({ request, desk }) => {
    const tag = marker();
    const id = (await expectStoredOnce(await postComment(request, await validComment(request, tag)), tag))!;
    try {
      const response = await desk.page.request.post("/editor/comments/reply", {
        form: { parentId: String(id), state: "approved", body: `Forged reply ${tag}` },
        headers: { Origin: EVIL },
        maxRedirects: 0,
      });
      expect(response.status()).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
      expect((await commentsTagged(tag)).length, "no reply stored").toBe(1);
    } finally {
      const replies = (await commentsTagged(tag)).filter((row) => row.parentId !== null);
      if (replies.length) await decideOnDesk(desk, `Forged reply ${tag}`, "Delete", "approved").catch(() => undefined);
      await deletePendingTagged(tag);
    }
  });

  test("desk: disabling an editor from another origin is refused", async ({ desk }) => {
    const other = newEditor();
    const response = await desk.page.request.post("/editor/editors/status", {
      form: { email: other.email, disable: "true" },
      headers: { Origin: EVIL },
      maxRedirects: 0,
    });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    expect(await editorDisabled(other.email)).toBe(false);
  });
});

test.describe("replies aimed where no reply may go", () => {
  /** A new comment on the open article, left pending or approved on the desk. */
  async function parent(request: APIRequestContext, desk: Desk, approve: boolean) {
    const tag = marker();
    const id = (await expectStoredOnce(await postComment(request, await validComment(request, tag)), tag))!;
    if (approve) await decideOnDesk(desk, tag, "Approve");
    return { id, tag };
  }

  async function expectReplyRefused(request: APIRequestContext, article: string, parentId: number) {
    const tag = marker();
    const response = await postComment(request, { ...(await validComment(request, tag)), article, parentId });
    try {
      await expectClearRefusal(response, `reply to ${parentId}`);
      expect(await commentsTagged(tag)).toEqual([]);
    } finally {
      await deletePendingTagged(tag);
    }
  }

  test("a reply posted to another article than its parent's is refused", async ({ request, desk }) => {
    const { id, tag } = await parent(request, desk, true);
    try {
      await expectReplyRefused(request, SHOIGU_ARTICLE.slug, id);
    } finally {
      await decideOnDesk(desk, tag, "Delete", "approved");
    }
  });

  test("a reply to a comment still awaiting moderation is refused, and its reply and report pages are 404", async ({
    request,
    desk,
  }) => {
    const { id, tag } = await parent(request, desk, false);
    try {
      await expectReplyRefused(request, OPEN_ARTICLE.split("/").pop()!, id);
      for (const page of ["reply", "report"]) {
        const response = await request.get(`${OPEN_ARTICLE}/comments/${page}/${id}`);
        expect(response.status()).toBe(404);
        expect(await response.text()).not.toContain(tag);
      }
    } finally {
      await deletePendingTagged(tag);
    }
  });

  test("a reply to a rejected comment is refused", async ({ request, desk }) => {
    const { id, tag } = await parent(request, desk, false);
    await decideOnDesk(desk, tag, "Reject");
    await expectReplyRefused(request, OPEN_ARTICLE.split("/").pop()!, id);
  });

  test("a reply to a deleted comment is refused", async ({ request, desk }) => {
    const { id, tag } = await parent(request, desk, false);
    await decideOnDesk(desk, tag, "Delete");
    await expectReplyRefused(request, OPEN_ARTICLE.split("/").pop()!, id);
  });
});
