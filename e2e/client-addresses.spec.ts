// Per-address limits count the address the connection comes from; X-Forwarded-For only counts when a trusted
// proxy (TRUSTED_PROXIES) sent it. Reached directly, a made-up header per request changes nothing.
import { expect, test } from "@playwright/test";
import { clientAddress } from "./support/editors";
import { startIsolatedServer, type IsolatedServer } from "./support/isolated-server";
import { PORTS } from "./support/ports";

// One worker for the whole file: its tests share the server its beforeAll starts on a port of its own.
test.describe.configure({ mode: "default" });

let server: IsolatedServer;
test.beforeAll(async () => {
  server = await startIsolatedServer(PORTS.clientAddresses, { TRUSTED_PROXIES: "" });
});
test.afterAll(async () => server?.stop());
// Without JavaScript each attempt is a whole form post, sent with the headers set just before it.
test.use({ javaScriptEnabled: false });

test("with no trusted proxy, a new X-Forwarded-For per attempt does not reset the sign-in limit", async ({ page }) => {
  test.slow(); // 21 password checks (argon2id) on a second server
  const attempt = async (i: number) => {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": clientAddress() });
    await page.getByLabel("Email address").fill(`nobody-${i}@example.org`);
    await page.getByLabel("Password").fill(`wrong password ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    return page.locator("#sign-in-error");
  };
  await page.goto(`${server.url}/editor/sign-in`);
  // 20 attempts from one address across accounts are allowed, each with a fresh made-up header...
  for (let i = 1; i <= 20; i++) await expect(await attempt(i)).toHaveText(/do not match an active editor account/);
  // ...and the 21st is refused: the header did not make the server see 21 addresses.
  await expect(await attempt(21)).toContainText("Too many failed sign-in attempts");
});
