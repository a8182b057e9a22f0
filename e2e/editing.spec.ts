// Editors sign in, find unpublished work on the desk and preview it exactly as readers will see it; nobody else can.
import { expect, test } from "@playwright/test";
import { E2E_ENV } from "../playwright.config";
import { createPreviewToken } from "../lib/auth/preview-links";
import { clientAddress, editorCli, newEditor, PASSWORD, signIn, shareLinkFromDesk } from "./support/editors";
import { UNPUBLISHED } from "./support/sample";

const draft = UNPUBLISHED.find((article) => article.status === "draft")!;
const scheduled = UNPUBLISHED.find((article) => article.status === "published")!;

// Each test posts from an address of its own, so per-address limits in one test never spill into another.
test.use({ extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": clientAddress() }) });

test("anonymous visitors are sent to sign-in, and API calls get 401", async ({ page, request }) => {
  await page.goto("/editor");
  await expect(page).toHaveURL(/\/editor\/sign-in\?callbackUrl=%2Feditor$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Editors’ sign-in");
  for (const path of ["/editor/editors", `/editor/share/${draft.slug}`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location).toContain("/editor/sign-in");
  }
  const api = await request.get(`/api/preview?slug=${draft.slug}`, { maxRedirects: 0 });
  expect(api.status()).toBe(401);
});

test("the CLI lists, disables and re-enables editors", () => {
  const { email } = newEditor();
  expect(editorCli(["list"])).toMatch(new RegExp(`${email}\\s.*\\seditor\\sactive`));
  expect(editorCli(["disable", email])).toContain(`Disabled ${email}`);
  expect(editorCli(["list"])).toMatch(new RegExp(`${email}\\s.*\\sdisabled`));
  expect(editorCli(["enable", email])).toContain(`Enabled ${email}`);
  expect(() => editorCli(["add", "short@example.org", "--name", "Short"], "short\n")).toThrow(/at least 12 characters/);
});

test("an editor previews a draft with the real template, then exits; readers get 404", async ({ page, browser }) => {
  const { email, name } = newEditor();
  await page.goto("/editor");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
  for (const { title } of UNPUBLISHED) await expect(page.getByRole("rowheader", { name: title })).toBeVisible();
  const scheduledRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: scheduled.title }) });
  await expect(scheduledRow).toContainText("15 January 2028 at 07:00");

  await page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: draft.title }) })
    .getByRole("link", { name: /^Preview/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${draft.path}$`));
  await expect(page.getByRole("region", { name: "Preview" })).toContainText("Preview — not published");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(draft.title);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(draft.title);
  await expect(page.locator(".byline a[rel=author]")).not.toHaveCount(0);
  await expect(page.locator(".author-box")).not.toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  // Its lead image too, which is withheld from everyone else.
  const hero = page.locator(`img[alt="${draft.heroAlt}"]`).first();
  await expect(hero).toBeVisible();
  await expect
    .poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  const response = await page.request.get(draft.path);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toMatch(/private/);
  expect(response.headers()["cache-control"]).toMatch(/no-store/);
  expect(response.headers()["x-robots-tag"]).toContain("noindex");

  await page.getByRole("button", { name: "Exit preview" }).click();
  await expect(page).toHaveURL(/\/editor$/);
  expect((await page.request.get(draft.path)).status()).toBe(404);

  const reader = await browser.newContext();
  expect((await reader.request.get(draft.path)).status()).toBe(404);
  expect((await reader.request.get(`/api/preview?slug=${draft.slug}`, { maxRedirects: 0 })).status()).toBe(401);
  await reader.close();
});

test("a scheduled article's preview says when it goes live", async ({ page }) => {
  const { email } = newEditor();
  await signIn(page, email);
  await page.goto(`/api/preview?slug=${scheduled.slug}`);
  await expect(page).toHaveURL(new RegExp(`${scheduled.path}$`));
  await expect(page.getByRole("region", { name: "Preview" })).toContainText("Scheduled for 15 January 2028 at 07:00");
});

test.describe("brute force", () => {
  // Its own client address, so the refusals it provokes do not lock out the other tests.
  test.use({ extraHTTPHeaders: { "X-Forwarded-For": clientAddress() } });

  test("the sixth wrong password from one address is refused, even when it is right; the editor's own address is not", async ({
    page,
    browser,
  }) => {
    test.slow(); // Seven sign-in attempts, and a password check is slow on purpose (argon2id).
    const { email } = newEditor();
    for (let i = 1; i <= 5; i++) {
      await signIn(page, email, `wrong password ${i}`);
      await expect(page.locator("#sign-in-error")).toHaveText(
        "That email address and password do not match an active editor account.",
      );
    }
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#sign-in-error")).toContainText("Too many failed sign-in attempts");
    await expect(page.locator("#sign-in-error")).toContainText("try again in 15 minutes");
    await page.goto("/editor");
    await expect(page).toHaveURL(/\/editor\/sign-in/);

    // Whoever tried from that address cannot lock the editor out of the desk from another.
    const elsewhere = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": clientAddress() } });
    const editorsPage = await elsewhere.newPage();
    await signIn(editorsPage, email);
    await expect(editorsPage).toHaveURL(/\/editor$/);
    await elsewhere.close();
  });
});

test("a shared preview link works signed out, for its article only, and stops when expired or tampered with", async ({
  page,
  browser,
}) => {
  const { email } = newEditor();
  await signIn(page, email);
  const link = await shareLinkFromDesk(page, draft.title);
  expect(link).toMatch(/\/preview\/[\w-]+\.[\w-]+$/);

  const stranger = await browser.newContext();
  const guest = await stranger.newPage();
  const response = await guest.goto(link);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toMatch(/no-store/);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText(draft.title);
  await expect(guest.getByRole("region", { name: "Preview" })).toContainText("This shared link expires");
  await expect(guest.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  for (const other of UNPUBLISHED) expect((await stranger.request.get(other.path)).status(), other.path).toBe(404);

  const expired = createPreviewToken(draft.slug, new Date(Date.now() - 49 * 3_600_000), E2E_ENV.NEXTAUTH_SECRET);
  const otherDraft = UNPUBLISHED.find((article) => article.slug !== draft.slug)!;
  const [, signature] = link.split("/preview/")[1]!.split(".");
  const tampered = `${Buffer.from(JSON.stringify({ s: otherDraft.slug, e: Date.now() + 3_600_000 })).toString("base64url")}.${signature}`;
  for (const token of [expired, tampered]) {
    const refused = await guest.goto(`/preview/${token}`);
    expect(refused?.status()).toBe(404);
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText("This preview link no longer works");
    await expect(guest.getByText(otherDraft.title)).toHaveCount(0);
  }
  await stranger.close();
});

test("a dead shared preview link says so to a reader without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const guest = await context.newPage();
  const expired = createPreviewToken(draft.slug, new Date(Date.now() - 49 * 3_600_000), E2E_ENV.NEXTAUTH_SECRET);
  for (const token of [expired, "not-a-token", `${expired}x`]) {
    const response = await guest.goto(`/preview/${token}`);
    expect(response?.status(), token).toBe(404);
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText("This preview link no longer works");
    await expect(guest.getByText("only the editor who shared it can make a new one")).toBeVisible();
    await expect(guest.getByRole("link", { name: "Go to the front page" })).toHaveAttribute("href", "/");
    await expect(guest.getByText(draft.title)).toHaveCount(0);
  }
  await context.close();
});

test("a disabled editor loses access on the next request", async ({ page }) => {
  const { email } = newEditor();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/editor$/);
  editorCli(["disable", email]);
  await page.reload();
  await expect(page).toHaveURL(/\/editor\/sign-in/);
  expect((await page.request.get(`/api/preview?slug=${draft.slug}`, { maxRedirects: 0 })).status()).toBe(401);
});

test("signing out ends the session", async ({ page }) => {
  const { email } = newEditor();
  await signIn(page, email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status")).toHaveText("You have signed out.");
  await page.goto("/editor");
  await expect(page).toHaveURL(/\/editor\/sign-in/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-in, a refused attempt and preview all work", async ({ page }) => {
    const { email } = newEditor();
    await signIn(page, email, "not the password");
    await expect(page.getByLabel("Email address")).toHaveValue(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/editor$/);
    await page.goto(`/api/preview?slug=${draft.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(draft.title);
    await page.getByRole("button", { name: "Exit preview" }).click();
    await expect(page).toHaveURL(/\/editor$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Editors’ desk");
    expect((await page.request.get(draft.path)).status(), "draft mode is off").toBe(404);
  });
});

test("admins add editors on the desk; editors cannot", async ({ page }) => {
  const admin = newEditor("admin");
  await signIn(page, admin.email);
  await page.getByRole("link", { name: "Editors", exact: true }).click();
  await page.getByLabel("Email address").fill("new.colleague@example.org");
  await page.getByLabel("Name").fill("New Colleague");
  await page.getByLabel("Password").fill("another long password");
  await page.getByRole("button", { name: "Add editor" }).click();
  await expect(page.getByRole("status")).toContainText("Added new.colleague@example.org");
  await expect(page.getByRole("rowheader", { name: "New Colleague" })).toBeVisible();

  const editor = newEditor();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status")).toHaveText("You have signed out.");
  await signIn(page, editor.email);
  await page.goto("/editor/editors");
  await expect(page).toHaveURL(/\/editor\?notice=admins-only$/);
});
