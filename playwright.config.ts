import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
// 127.0.0.1, not localhost: the server listens on IPv4 loopback only (scripts/start.mjs), and localhost may be ::1.
const BASE_URL = `http://127.0.0.1:${PORT}`;

/** What the build and the server share (set by scripts/with-test-env.sh; `npm run test:build` made the build with it). */
export const E2E_ENV = {
  SITE_URL: process.env.SITE_URL ?? BASE_URL,
  DATA_DIR: process.env.DATA_DIR ?? ".e2e-data",
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
  // The tests stand for a proxy on loopback: each sends X-Forwarded-For with an address of its own.
  TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? "127.0.0.1,::1",
};

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
  // The list of results, then how close the slowest tests came to their timeouts.
  reporter: [["list"], ["./e2e/support/margin-reporter.ts"]],
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // The production build made by `npm run build`, served as `npm start` serves it.
    command: `node scripts/start.mjs -p ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      ...E2E_ENV,
      HOSTNAME: "127.0.0.1",
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
  },
});
