// Every response carries the security headers, and every page keeps working under its Content-Security-Policy:
// Chromium reports no violation anywhere a reader or an editor goes.
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { createPreviewToken } from "../lib/auth/preview-links";
import { E2E_ENV } from "../playwright.config";
import { OPEN_ARTICLE, commenter, postPending } from "./support/comments";
import { clientAddress, newEditor, signIn, shareLinkFromDesk } from "./support/editors";
import { SHOIGU_ARTICLE, UNPUBLISHED } from "./support/sample";

test.use({ extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": clientAddress() }) });

const noFollow = { maxRedirects: 0 };
const draft = UNPUBLISHED.find((article) => article.status === "draft")!;

/** The policy as directive name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function headerValues(response: APIResponse, name: string): string[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === name.toLowerCase())
    .map((header) => header.value);
}

/** What every response must carry, whatever its kind; returns the policy's directives for further checks. */
function expectSecurityHeaders(response: APIResponse, label: string): Map<string, string[]> {
  expect(headerValues(response, "X-Content-Type-Options"), label).toEqual(["nosniff"]);
  expect(headerValues(response, "X-Frame-Options"), label).toEqual(["DENY"]);
  expect(headerValues(response, "Permissions-Policy"), label).toHaveLength(1);
  for (const feature of ["camera", "microphone", "geolocation"])
    expect(response.headers()["permissions-policy"], label).toContain(`${feature}=()`);
  expect(headerValues(response, "Strict-Transport-Security"), `${label}: HSTS only on an https site`).toEqual([]);
  const policies = headerValues(response, "Content-Security-Policy");
  expect(policies, label).toHaveLength(1);
  const policy = directives(policies[0]!);
  expect(policy.get("default-src"), label).toEqual(["'self'"]);
  expect(policy.get("object-src"), label).toEqual(["'none'"]);
  expect(policy.get("base-uri"), label).toEqual(["'none'"]);
  expect(policy.get("form-action"), label).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors"), label).toEqual(["'none'"]);
  const scripts = policy.get("script-src") ?? [];
  expect(scripts, label).toContain("'self'");
  for (const source of scripts)
    expect(source, `${label}: script-src`).not.toMatch(
      /^(\*|'unsafe-eval'|'wasm-unsafe-eval'|[a-z-]+:|https?:\/\/.*\*.*)$/,
    );
  return policy;
}

test("every kind of response carries the security headers", async ({ request }) => {
  const home = await (await request.get("/")).text();
  const staticScript = /src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
  const staticStyle = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
  expect(staticScript && staticStyle).toBeTruthy();
  const crop = /\/media\/16x9\/images\/[^"]+\.jpg/.exec(await (await request.get(SHOIGU_ARTICLE.path)).text())![0];
  const samples: [string, number][] = [
    ["/", 200], // front page
    [SHOIGU_ARTICLE.path, 200], // prerendered article
    ["/asia/page/2", 200], // later listing page
    ["/no-such-page", 404],
    ["/asia/no-such-article", 404],
    ["/feed.xml", 200],
    ["/asia/atom.xml", 200],
    ["/sitemap.xml", 200],
    ["/sitemaps/articles-1.xml", 200],
    ["/robots.txt", 200],
    [`/og/${SHOIGU_ARTICLE.slug}`, 200], // drawn image
    [crop, 200], // cropped image
    ["/images/logo.png", 200], // public file
    ["/styles/notice.css", 200],
    ["/icon.svg", 200],
    [staticScript!, 200], // build output
    [staticStyle!, 200],
    ["/_next/static/no-such-file.js", 404],
    ["/asia/", 308], // redirect by proxy.ts
    ["/asia/page/1", 308], // a listing's page 1
    [SHOIGU_ARTICLE.oldPath, 308], // old address (app/(internal)/moved)
    ["/economy/port-keswin-council-leases-land-for-rental-homes", 410], // withdrawn (rewrite to a route handler)
    ["/api/comments/token", 200], // API JSON
    ["/api/preview?slug=x", 401],
    ["/%E0%A4%A", 400], // bad address
  ];
  for (const [path, status] of samples) {
    const response = await request.get(path, noFollow);
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response, path);
    expect(headerValues(response, "Referrer-Policy"), path).toEqual(["strict-origin-when-cross-origin"]);
    // Readers' pages are the same bytes for everyone, so they cannot carry a per-request nonce.
    expect(directives(response.headers()["content-security-policy"]!).get("script-src"), path).toEqual([
      "'self'",
      "'unsafe-inline'",
    ]);
  }
});

test("next/image's resized pictures carry the strictest policy", async ({ request }) => {
  const response = await request.get("/_next/image?url=%2Fimages%2Flogo.png&w=640&q=75");
  expect(response.status()).toBe(200);
  expect(headerValues(response, "X-Content-Type-Options")).toEqual(["nosniff"]);
  const policies = headerValues(response, "Content-Security-Policy");
  expect(policies).toHaveLength(1);
  const policy = directives(policies[0]!);
  for (const kind of ["default-src", "script-src", "object-src", "base-uri", "frame-ancestors"])
    expect(policy.get(kind), kind).toEqual(["'none'"]);
  expect(policy.has("sandbox")).toBe(true);
});

test("the desk and sign-in get a fresh nonce per request, and no inline script without it", async ({
  page,
  request,
}) => {
  const nonces = new Set<string>();
  for (const path of ["/editor/sign-in", "/editor/sign-in", "/editor", "/editor/%ff"]) {
    const response = await request.get(path, noFollow);
    expect([200, 307, 400], path).toContain(response.status());
    const scripts = expectSecurityHeaders(response, path).get("script-src")!;
    expect(scripts, path).not.toContain("'unsafe-inline'");
    const nonce = scripts.map((source) => /^'nonce-([A-Za-z0-9+/=]+)'$/.exec(source)?.[1]).find(Boolean);
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    if (response.status() === 200) {
      // Every script Next writes into the page carries this request's nonce.
      const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length, path).toBeGreaterThan(0);
      for (const tag of tags.filter((tag) => !tag.includes('type="application/ld+json"')))
        expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  }
  expect(nonces.size).toBe(4);

  const { email } = newEditor();
  await signIn(page, email);
  const desk = await page.request.get("/editor");
  expect(desk.status()).toBe(200);
  expect(expectSecurityHeaders(desk, "/editor signed in").get("script-src")!.join(" ")).toMatch(
    /^'self' 'nonce-[^']+'$/,
  );
});

test("shared preview links send no referrer", async ({ request }) => {
  const token = createPreviewToken(draft.slug, new Date(), E2E_ENV.NEXTAUTH_SECRET);
  const response = await request.get(`/preview/${token}`);
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response, "shared preview");
  expect(headerValues(response, "Referrer-Policy")).toEqual(["no-referrer"]);
});

test("a dead shared preview link's 404 carries the same headers", async ({ request }) => {
  const expired = createPreviewToken(draft.slug, new Date(Date.now() - 49 * 3_600_000), E2E_ENV.NEXTAUTH_SECRET);
  const response = await request.get(`/preview/${expired}`);
  expect(response.status()).toBe(404);
  expectSecurityHeaders(response, "dead shared preview");
  expect(headerValues(response, "Referrer-Policy")).toEqual(["no-referrer"]);
});

/** Collects every Content-Security-Policy (and Permissions-Policy) complaint Chromium makes, across navigations. */
async function watchForViolations(page: Page): Promise<string[]> {
  const reports: string[] = [];
  await page.exposeFunction("__reportViolation", (text: string) => reports.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
      report(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sample})`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content.Security.Policy|Permissions.Policy/i.test(message.text())) reports.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => reports.push(`page error: ${error.message}`));
  return reports;
}

/** Opens an article and waits until the browser has counted the view (as e2e/support-appeal.spec.ts does). */
async function read(page: Page, path: string) {
  await page.goto(path);
  const slug = path.split("/").pop()!;
  await page.waitForFunction((s) => (localStorage.getItem("meridian.support") ?? "").includes(s), slug);
}

test("readers' pages work under the policy: front page, articles with the banner, a comment posted with JavaScript", async ({
  page,
}) => {
  const violations = await watchForViolations(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await read(page, SHOIGU_ARTICLE.path);
  await read(page, OPEN_ARTICLE);
  await expect(page.getByRole("complementary", { name: "Support our journalism" })).toBeVisible();
  await postPending(page, commenter());
  await page.goto("/asia/page/2");
  await page.goto("/economy/port-keswin-council-leases-land-for-rental-homes"); // the 410 notice's own <style>
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This article has been withdrawn");
  await page.goto("/no-such-page");
  await page.getByRole("link", { name: "Go to the front page" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.waitForTimeout(300);
  expect(violations).toEqual([]);
});

test("the sign-in page, the desk and previews work under their policies", async ({ page, browser }) => {
  const violations = await watchForViolations(page);
  const { email } = newEditor();
  await signIn(page, email); // the sign-in form's script runs, then the desk opens
  await page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: draft.title }) })
    .getByRole("link", { name: /^Preview/ })
    .click();
  await expect(page.getByRole("region", { name: "Preview" })).toContainText("Preview — not published");
  await page.getByRole("button", { name: "Exit preview" }).click();
  await expect(page).toHaveURL(/\/editor$/);
  const link = await shareLinkFromDesk(page, draft.title);
  await page.goto("/editor/comments");
  await page.waitForTimeout(300);
  expect(violations).toEqual([]);

  const stranger = await browser.newContext();
  const guest = await stranger.newPage();
  const guestViolations = await watchForViolations(guest);
  await guest.goto(link);
  await expect(guest.getByRole("region", { name: "Preview" })).toContainText("This shared link expires");
  await guest.waitForTimeout(300);
  expect(guestViolations).toEqual([]);
  await stranger.close();
});

test("methods the site does not use are refused with 405 and its headers; OPTIONS lists the ones it does", async ({
  request,
}) => {
  for (const path of ["/", SHOIGU_ARTICLE.path, "/asia", "/feed.xml", "/api/comments", "/search?q=rice"]) {
    for (const method of ["PUT", "DELETE", "PATCH", "TRACE"]) {
      const response = await request.fetch(path, { method, ...noFollow });
      const label = `${method} ${path}`;
      expect(response.status(), label).toBe(405);
      expect(response.headers()["allow"], label).toBe("GET, HEAD, POST");
      expect(await response.text(), label).toContain(`not ${method}`);
      expectSecurityHeaders(response, label);
    }
    const options = await request.fetch(path, { method: "OPTIONS", ...noFollow });
    expect(options.status(), `OPTIONS ${path}`).toBe(204);
    expect(options.headers()["allow"], `OPTIONS ${path}`).toBe("GET, HEAD, POST");
    expectSecurityHeaders(options, `OPTIONS ${path}`);
  }
  const desk = await request.fetch("/editor", { method: "DELETE", ...noFollow });
  expect(desk.status()).toBe(405);
  expect(desk.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});
