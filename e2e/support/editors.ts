// Editor accounts made with the real command-line tool, and signing in through the real form.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { E2E_ENV } from "../../playwright.config";

export const PASSWORD = "a long e2e password";

export function editorCli(args: string[], input = ""): string {
  return execFileSync("node_modules/.bin/tsx", ["scripts/editor.ts", ...args], {
    input,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"], // a refusal's message travels in the thrown error, not onto the console
    env: { ...process.env, DATA_DIR: E2E_ENV.DATA_DIR },
  });
}

/** A new editor with a unique email, added through the CLI with the password on standard input. */
export function newEditor(role: "editor" | "admin" = "editor"): { email: string; name: string } {
  const id = randomBytes(4).toString("hex");
  const email = `e2e-${id}@example.org`;
  const name = `Editor ${id}`;
  expect(editorCli(["add", email, "--name", name, "--role", role], `${PASSWORD}\n`)).toContain(
    `Added ${role} ${name} <${email}>.`,
  );
  return { email, name };
}

/**
 * A made-up client address, so each test has its own per-address counters: IPv6 in a /64 of its own (the server
 * keys IPv6 by /64) or IPv4 in 198.18.0.0/15. The server trusts it from loopback (TRUSTED_PROXIES in the test env).
 */
export function clientAddress(): string {
  const [a, b, c, d] = randomBytes(4);
  if (a! % 4 === 0) return `198.${18 + (b! % 2)}.${c}.${d}`;
  return `2001:db8:${randomBytes(4)
    .toString("hex")
    .replace(/(....)(....)/, "$1:$2")}::${((a! << 8) | b!).toString(16)}`;
}

/** Fills in and sends the sign-in form; with the right password, waits until the desk has opened. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/editor/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (password === PASSWORD) await expect(page).toHaveURL(/\/editor$/);
  else await expect(page.locator("#sign-in-error")).toBeVisible();
}

/** On the desk: opens an article's "Share link" page, as an editor would, and returns the preview link it offers. */
export async function shareLinkFromDesk(page: Page, title: string): Promise<string> {
  await page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: title }) })
    .getByRole("link", { name: /^Share link/ })
    .click();
  return page.getByLabel("Preview link").inputValue();
}
