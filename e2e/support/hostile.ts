// Shared by the hostile-input specs: client addresses that never share a rate limit, the comments API as a script
// calls it, what a clear refusal looks like, and the checks that no injected script or element came alive.
import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { E2E_ENV } from "../../playwright.config";
import { OPEN_ARTICLE } from "./comments";
import { waitForNamedScripts } from "./page-scripts";

export const OPEN_SLUG = OPEN_ARTICLE.split("/").pop()!;
/** The site's own origin: its links, sitemaps and feeds are absolute on SITE_URL. */
export const ORIGIN = new URL(E2E_ENV.SITE_URL).origin;

let turn = 0;

/**
 * A client address of its own: IPv4 across a wide range, IPv6 with a random /64 (limits will be keyed by /64), in
 * turn. Never loopback, which is the trusted proxy the tests connect from.
 */
export function hostileAddress(): string {
  const b = randomBytes(8);
  if (turn++ % 2 === 0) return `${11 + (b[0]! % 80)}.${b[1]}.${b[2]}.${1 + (b[3]! % 254)}`;
  const hex = b.toString("hex");
  return `2001:db8:${hex.slice(0, 4)}:${hex.slice(4, 8)}::${hex.slice(8, 12)}`;
}

/** A short tag that makes one test's comment easy to find, and nothing else on the page contains. */
export function marker(): string {
  return `hx${randomBytes(5).toString("hex")}`;
}

export async function commentToken(request: APIRequestContext, address = hostileAddress()): Promise<string> {
  const response = await request.get("/api/comments/token", { headers: { "X-Forwarded-For": address } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/** A well-formed comment for the open article, from a new commenter; override any field. */
export async function validComment(request: APIRequestContext, tag = marker()): Promise<Record<string, unknown>> {
  return {
    article: OPEN_SLUG,
    name: `Hostile ${tag}`,
    email: `${tag}@example.org`,
    body: `A considered thought, ${tag}.`,
    token: await commentToken(request),
  };
}

/** POST /api/comments as JSON from an address of its own. */
export function postComment(
  request: APIRequestContext,
  data: unknown,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  return request.post("/api/comments", {
    data: data as object,
    headers: { "X-Forwarded-For": hostileAddress(), ...headers },
    maxRedirects: 0,
  });
}

/** Never a 5xx; a 4xx carries a message a person can read (JSON `error`, or text/HTML with words in it). */
export async function expectClearRefusalOrSuccess(response: APIResponse, label = ""): Promise<void> {
  const status = response.status();
  expect(status, `${label}: no server error`).toBeLessThan(500);
  if (status >= 400) await expectClearMessage(response, label);
}

export async function expectClearRefusal(response: APIResponse, label = ""): Promise<void> {
  const status = response.status();
  expect(status, `${label}: a 4xx, got ${status}`).toBeGreaterThanOrEqual(400);
  expect(status, `${label}: a 4xx, got ${status}`).toBeLessThan(500);
  await expectClearMessage(response, label);
}

async function expectClearMessage(response: APIResponse, label: string): Promise<void> {
  const text = await response.text();
  const type = response.headers()["content-type"] ?? "";
  if (type.includes("json")) {
    const body = JSON.parse(text) as { error?: unknown };
    expect(
      typeof body.error === "string" && body.error.length > 3,
      `${label}: JSON refusal has an error message: ${text.slice(0, 200)}`,
    ).toBe(true);
  } else {
    expect(text.replace(/<[^>]*>/g, " ").trim().length, `${label}: refusal has a message`).toBeGreaterThan(3);
  }
}

/** An acknowledged comment (201/202 with an id) is in the database exactly once. */
export async function expectStoredOnce(response: APIResponse, tag: string): Promise<number | null> {
  if (response.status() !== 201 && response.status() !== 202) return null;
  const { id } = (await response.json()) as { id?: number };
  if (id === undefined) return null; // the honeypot's silent discard: acknowledged, deliberately not stored
  const { commentsTagged } = await import("./database");
  const rows = await commentsTagged(tag);
  expect(
    rows.map((row) => row.id),
    `comment ${tag} stored exactly once`,
  ).toEqual([id]);
  return id;
}

/** Records every dialog a page opens (alert, confirm, prompt): an injected script's loudest trace. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  });
  return dialogs;
}

/** The payloads try to set window.__pwned or open a dialog; none may have, and none of their elements may exist. */
export async function expectNothingRan(
  page: Page,
  dialogs: string[],
  scope = ".comment-body, .comment-author, .queue-item-author, .queue-reports",
): Promise<void> {
  // The page's own scripts have run, so whatever they do with the text is part of what is checked.
  await waitForNamedScripts(page);
  // Hover and focus what is there, so handlers bound to those events get their chance to fire.
  const target = page.locator(scope).first();
  await target.hover({ timeout: 2000 }).catch(() => undefined);
  await page.waitForTimeout(250);
  const found = await page.evaluate((selector) => {
    const roots = [...document.querySelectorAll(selector)];
    const within = (query: string) => roots.flatMap((root) => [...root.querySelectorAll(query)]);
    const handlerAttributes = [...document.querySelectorAll("*")].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => /^on/i.test(attribute.name))
        .map((attribute) => `${element.tagName}[${attribute.name}]`),
    );
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      handlerAttributes,
      injected:
        document.querySelectorAll('img[src="x"]').length +
        within(
          "script, svg, iframe, object, embed, frame, base, meta, math, style, img, input, textarea, form, details, video, audio",
        ).length,
      scriptLinks: document.querySelectorAll(
        '[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i], [formaction]',
      ).length,
    };
  }, scope);
  expect(dialogs, "no dialog opened").toEqual([]);
  expect(found.pwned, "window.__pwned was never set").toBeUndefined();
  expect(found.handlerAttributes, "no inline event handlers").toEqual([]);
  expect(found.injected, "no injected element").toBe(0);
  expect(found.scriptLinks, "no javascript: or data: links").toBe(0);
}

/** Within a rendered comment, only the markup the site itself writes: paragraphs, line breaks and its own links. */
export async function expectOnlyOwnMarkup(page: Page, commentId: number): Promise<void> {
  const tags = await page
    .locator(`#comment-${commentId} .comment-body *`)
    .evaluateAll((elements) => elements.map((element) => element.tagName.toLowerCase()));
  expect(
    tags.filter((tag) => !["p", "br", "a"].includes(tag)),
    "only p, br and a inside a comment body",
  ).toEqual([]);
  const links = await page
    .locator(`#comment-${commentId} .comment-body a`)
    .evaluateAll((anchors) => anchors.map((a) => [a.getAttribute("href") ?? "", a.getAttribute("rel") ?? ""]));
  for (const [href, rel] of links) {
    expect(href, "links only to web addresses").toMatch(/^https?:\/\//);
    expect(rel).toBe("nofollow ugc noopener");
  }
  expect(
    await page.locator(`#comment-${commentId} .comment-author *:not(.comment-badge)`).count(),
    "the name is plain text",
  ).toBe(0);
}

/** A path-safe rendering of a payload for test titles. */
export function label(value: string, max = 60): string {
  const shown = JSON.stringify(value)
    .slice(1, -1)
    .replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return shown.length > max ? `${shown.slice(0, max)}…` : shown;
}
