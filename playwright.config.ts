import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const BASE_URL = `http://localhost:${PORT}`;
/** The test server's own database and secret: a fresh SQLite file every run. */
export const E2E_ENV = { SITE_URL: BASE_URL, DATA_DIR: ".e2e-data", NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789" };

/** Debian's Chromium where there is one (this project never downloads a browser), else Playwright's own. */
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, "/usr/bin/chromium"];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
      ],
    },
  },
  webServer: {
    // The production build made by `npm run build`, as readers get it.
    command: `rm -rf ${E2E_ENV.DATA_DIR} && node_modules/.bin/next start -p ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: E2E_ENV,
  },
});
