// What the desk's forms do when posted by a browser on this site, on another site, or through a proxy that
// changes the Host: redirects stay on the site, and no other site can act in an editor's name.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_ENV } from "../playwright.config";
import { OPEN_ARTICLE } from "./support/comments";
import { clientAddress, newEditor, signIn } from "./support/editors";
import { UNPUBLISHED } from "./support/sample";

const SITE = new URL(E2E_ENV.SITE_URL).origin;
const EVIL = "https://evil.example";
const draft = UNPUBLISHED.find((article) => article.status === "draft")!;

// Without JavaScript, forms are posted exactly as their HTML says, which is what these tests replay.
test.use({
  javaScriptEnabled: false,
  extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": clientAddress() }),
});

type Submission = { url: string; fields: Record<string, string> };

/** The request a browser would send for the form holding this button (its action, its fields and the button's). */
async function formFor(page: Page, button: string | RegExp): Promise<Submission> {
  const submitter = page.getByRole("button", { name: button }).first();
  const { url, entries } = await submitter.evaluate((element: HTMLButtonElement) => {
    const form = element.form!;
    return {
      url: form.action,
      entries: [...new FormData(form, element).entries()].map(([key, value]) => [key, String(value)]),
    };
  });
  return { url, fields: Object.fromEntries(entries) };
}

function post(request: APIRequestContext, { url, fields }: Submission, headers: Record<string, string>) {
  return request.post(url, { multipart: fields, headers, maxRedirects: 0 });
}

/** A redirect a browser follows to this site whatever Host the request reached the server with. */
function expectOnSite(location: string | undefined) {
  expect(location, "Location").toBeTruthy();
  expect(new URL(location!, SITE).origin, location).toBe(SITE);
}

/** A pending comment, posted through the public API (too fast for a person, so it waits for an editor). */
async function pendingComment(request: APIRequestContext): Promise<string> {
  const { token } = (await (await request.get("/api/comments/token")).json()) as { token: string };
  const text = `Desk request test ${Math.random().toString(36).slice(2)}`;
  const response = await request.post("/api/comments", {
    data: { article: OPEN_ARTICLE.split("/").pop()!, name: "Reader", email: "reader@example.org", body: text, token },
  });
  expect(response.status()).toBe(202);
  return text;
}

async function stillSignedIn(page: Page) {
  const desk = await page.request.get("/editor", { maxRedirects: 0 });
  return desk.status() === 200;
}

// A proxy in front of the app that passes its own Host: the browser's request is still same-origin.
const BEHIND_A_PROXY = { Host: "internal.invalid:3900", "Sec-Fetch-Site": "same-origin" };

test("sign-out and moderation redirect to paths on the site, whatever Host the server was reached by", async ({
  page,
}) => {
  const text = await pendingComment(page.request);
  await signIn(page, newEditor().email);
  await page.goto("/editor/comments?state=pending");
  const item = page.getByRole("article").filter({ hasText: text });
  const approve = await formFor(page, new RegExp(`^Approve the comment by Reader`));
  expect(approve.fields.single).toMatch(/^approve:\d+$/);
  const id = (await item.getByRole("checkbox").getAttribute("value"))!;
  approve.fields.single = `approve:${id}`;
  const moderated = await post(page.request, approve, BEHIND_A_PROXY);
  expect(moderated.status()).toBe(303);
  expectOnSite(moderated.headers().location);
  expect(moderated.headers().location).toContain("/editor/comments?state=pending");

  await page.goto("/editor");
  const signedOut = await post(page.request, await formFor(page, "Sign out"), BEHIND_A_PROXY);
  expect(signedOut.status()).toBe(303);
  expectOnSite(signedOut.headers().location);
  expect(signedOut.headers().location).toContain("/editor/sign-in?signed-out=1");
  expect(await stillSignedIn(page)).toBe(false);

  // proxy.ts's redirects (the desk's early one to sign-in, a trailing slash) are relative too.
  for (const [path, status] of [
    ["/editor/comments", 307],
    ["/asia/", 308],
  ] as const) {
    const response = await page.request.get(path, { headers: { Host: "internal.invalid:3900" }, maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expectOnSite(response.headers().location);
  }
});

test("another site cannot post the desk's forms with an editor's cookie: 403, nothing changes", async ({
  page,
  browser,
}) => {
  const text = await pendingComment(page.request);
  const admin = newEditor("admin");
  const colleague = newEditor();
  await signIn(page, admin.email);

  const forms: Record<string, Submission> = {};
  await page.goto("/editor/comments?state=pending");
  forms.moderate = await formFor(page, new RegExp(`^Approve the comment by Reader`));
  forms.moderate.fields.single = `approve:${await page.getByRole("article").filter({ hasText: text }).getByRole("checkbox").getAttribute("value")}`;
  forms.signOut = await formFor(page, "Sign out");
  await page.goto("/editor/editors");
  forms.disable = await formFor(page, new RegExp(`^Disable ${colleague.name}$`));
  forms.addEditor = await formFor(page, "Add editor");
  Object.assign(forms.addEditor.fields, {
    email: "cross-origin@example.org",
    name: "Cross Origin",
    password: "a long enough password",
  });
  await page.goto(`/api/preview?slug=${draft.slug}`);
  forms.exitPreview = await formFor(page, "Exit preview");

  for (const [name, form] of Object.entries(forms)) {
    const foreign: Record<string, string>[] = [
      { Origin: EVIL },
      { Origin: EVIL, "Sec-Fetch-Site": "cross-site" },
      { "Sec-Fetch-Site": "cross-site" },
      { Origin: "null" },
      {},
    ];
    for (const headers of foreign) {
      const response = await post(page.request, form, headers);
      expect(response.status(), `${name} ${JSON.stringify(headers)}`).toBe(403);
      expect(await response.text()).toContain("Refused");
    }
  }
  expect(await stillSignedIn(page)).toBe(true);
  expect((await page.request.get(draft.path)).status(), "still previewing").toBe(200);
  await page.goto("/editor/comments?state=pending");
  await expect(page.getByRole("article").filter({ hasText: text })).toHaveCount(1);
  await page.goto("/editor/editors");
  const colleagueRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: colleague.name }) });
  await expect(colleagueRow).toContainText("Active");
  await expect(page.getByRole("rowheader", { name: "Cross Origin" })).toHaveCount(0);

  // The same forms from the site itself work.
  const approved = await post(page.request, forms.moderate, { Origin: SITE, "Sec-Fetch-Site": "same-origin" });
  expect(approved.status()).toBe(303);
  await page.goto("/editor/comments?state=pending");
  await expect(page.getByRole("article").filter({ hasText: text })).toHaveCount(0);

  // Sign-in itself: another site cannot sign a browser in (login CSRF) or try passwords through it.
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const signInPage = await visitor.newPage();
  await signInPage.goto("/editor/sign-in");
  const signInForm = await formFor(signInPage, "Sign in");
  Object.assign(signInForm.fields, { email: colleague.email, password: "a long e2e password" });
  const crossSignIn = await post(visitor.request, signInForm, { Origin: EVIL });
  expect(crossSignIn.status()).toBe(403);
  expect((await visitor.request.get("/editor", { maxRedirects: 0 })).status()).toBe(307);
  await visitor.close();
});

test("the old desk addresses, the comment API and the preview switch refuse other sites too", async ({ page }) => {
  await signIn(page, newEditor().email);
  for (const path of [
    "/editor/sign-out",
    "/editor/comments/moderate",
    "/editor/comments/reply",
    "/editor/editors/status",
    "/api/preview/exit",
  ]) {
    const response = await page.request.post(path, {
      form: { single: "approve:1" },
      headers: { Origin: EVIL },
      maxRedirects: 0,
    });
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
  }
  expect(await stillSignedIn(page)).toBe(true);

  const { token } = (await (await page.request.get("/api/comments/token")).json()) as { token: string };
  const body = `Cross-origin comment ${Math.random().toString(36).slice(2)}`;
  const comment = {
    article: OPEN_ARTICLE.split("/").pop()!,
    name: "Mallory",
    email: "mallory@example.org",
    body,
    token,
  };
  const foreign: Record<string, string>[] = [{ Origin: EVIL }, { "Sec-Fetch-Site": "cross-site" }, { Origin: "null" }];
  for (const headers of foreign) {
    expect(
      (await page.request.post("/api/comments", { form: comment, headers })).status(),
      JSON.stringify(headers),
    ).toBe(403);
    expect(
      (await page.request.post("/api/comments", { data: comment, headers })).status(),
      JSON.stringify(headers),
    ).toBe(403);
  }
  await page.goto("/editor/comments?state=pending");
  await expect(page.getByText(body)).toHaveCount(0);

  const preview = await page.request.get(`/api/preview?slug=${draft.slug}`, {
    headers: { "Sec-Fetch-Site": "cross-site" },
    maxRedirects: 0,
  });
  expect(preview.status()).toBe(403);
  expect((await page.request.get(draft.path)).status(), "no draft mode").toBe(404);
});

test("Next.js refuses a reader's Server Action posted from another site (the comment form)", async ({ page }) => {
  await page.goto(OPEN_ARTICLE);
  const form = await formFor(page, "Post comment");
  const body = `Cross-origin action ${Math.random().toString(36).slice(2)}`;
  Object.assign(form.fields, { name: "Mallory", email: "mallory@example.org", body });
  const response = await post(page.request, form, { Origin: EVIL });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(response.headers()["set-cookie"] ?? "").not.toContain("comment-flash");

  const editor = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const desk = await editor.newPage();
  await signIn(desk, newEditor().email);
  await desk.goto("/editor/comments?state=pending");
  await expect(desk.getByText(body)).toHaveCount(0);
  await editor.close();
});

test("a signed-in editor is never sent to another site after sign-in", async ({ page }) => {
  await signIn(page, newEditor().email);
  for (const callback of [
    "/.//evil.example/x",
    "//evil.example/x",
    "/\\evil.example",
    "/%09/evil.example",
    "/editor/..//evil.example",
    "https://evil.example/",
  ]) {
    const response = await page.request.get(`/editor/sign-in?callbackUrl=${encodeURIComponent(callback)}`, {
      maxRedirects: 0,
    });
    expect(response.status(), callback).toBe(307);
    expectOnSite(response.headers().location);
    expect(response.headers().location, callback).not.toMatch(/^\/\/|^\/\\|evil\.example\//);
  }
});
