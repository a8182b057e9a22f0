// The JavaScript each page type transfers (compressed bytes, as Chromium receives them), beside a bare Next.js page.
// Usage: tsx bench/js-transfer.ts SITE_ORIGIN BARE_PAGE_URL (bench/js-budget.sh starts both).
import { existsSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";

const [site, bare] = process.argv.slice(2);
if (!site || !bare) throw new Error("Usage: tsx bench/js-transfer.ts SITE_ORIGIN BARE_PAGE_URL");
const ALLOWANCE_KB = 25;

const PAGES: [string, string][] = [
  ["bare Next.js page (floor)", bare],
  ["article", `${site}/asia/russia-china-defence-ministers-beijing-military-cooperation`],
  ["section", `${site}/asia`],
  ["author", `${site}/authors/lena-marsh`],
  ["front page", `${site}/`],
];

async function javaScriptKilobytes(browser: Browser, url: string): Promise<{ kilobytes: number; files: number }> {
  const page = await browser.newPage();
  const sizes: Promise<number>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") sizes.push(request.sizes().then((size) => size.responseBodySize));
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await page.close();
  return { kilobytes: bytes / 1024, files: sizes.length };
}

async function main() {
  const browser = await chromium.launch({
    executablePath: [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, "/usr/bin/chromium"].find(
      (path) => path && existsSync(path),
    ),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const results = [];
  for (const [label, url] of PAGES) results.push({ label, ...(await javaScriptKilobytes(browser, url)) });
  await browser.close();

  const floor = results[0]!.kilobytes;
  console.log("JavaScript transferred (compressed), Chromium, cold cache:");
  for (const { label, kilobytes, files } of results) {
    console.log(
      `${label.padEnd(28)} ${kilobytes.toFixed(1).padStart(7)} KB in ${String(files).padStart(2)} files   +${(kilobytes - floor).toFixed(1)} KB over the floor`,
    );
  }
  const worst = Math.max(...results.slice(1).map((result) => result.kilobytes - floor));
  console.log(
    `\nMost over the floor: ${worst.toFixed(1)} KB (target ≤ ${ALLOWANCE_KB} KB: ${worst <= ALLOWANCE_KB ? "met" : "NOT met"})`,
  );
}

void main();
