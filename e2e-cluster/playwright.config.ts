// The end-to-end suite on a cluster (scripts/cluster.sh): nginx in front of two production instances sharing
// PostgreSQL and the Redis page cache. Run by `npm run test:cluster` after the main suite, on the same build.
import { defineConfig } from "@playwright/test";
import base from "../playwright.config";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  // One cluster, and tests that count per address or kill an instance: one at a time, in order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [["list"], ["../e2e/support/margin-reporter.ts"]],
  timeout: 30_000,
  globalSetup: "./support/global-setup.ts",
  globalTeardown: "./support/global-teardown.ts",
  use: { ...base.use, baseURL: undefined },
});
