// Lighthouse 12.2.3, mobile (its default: simulated slow 4G and a mid-range phone), on each page type.
// Usage: tsx bench/lighthouse-report.ts SITE_ORIGIN [BARE_PAGE_URL] (bench/lighthouse.sh starts both). Prints the
// four category scores and LCP, CLS and TBT, and whether each target holds. Each page is audited RUNS times (default
// 5) and the run with the median performance score is reported, as Lighthouse CI does: one run on a busy machine is
// noise. The bare Next.js page, when given, is audited the same way as a reference for what the machine allows; it
// has no targets.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const [site, bare] = process.argv.slice(2);
if (!site) throw new Error("Usage: tsx bench/lighthouse-report.ts SITE_ORIGIN [BARE_PAGE_URL]");

const PAGES: [string, string][] = [
  ["article", "/asia/russia-china-defence-ministers-beijing-military-cooperation"],
  ["section", "/asia"],
  ["author", "/authors/lena-marsh"],
  ["front page", "/"],
];
const TARGETS = { performance: 0.95, accessibility: 1, "best-practices": 0.95, seo: 1 } as const;

type Report = {
  categories: Record<keyof typeof TARGETS, { score: number }>;
  audits: Record<string, { numericValue: number }>;
};

function lighthouse(url: string): Report {
  const output = path.join(os.tmpdir(), `meridian-lighthouse-${process.pid}.json`);
  execFileSync(
    "node_modules/.bin/lighthouse",
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${output}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ],
    {
      env: {
        ...process.env,
        CHROME_PATH: process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return JSON.parse(readFileSync(output, "utf8")) as Report;
}

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

function medianRun(url: string): Report {
  const reports = Array.from({ length: RUNS }, () => lighthouse(url));
  reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  return reports[Math.floor((reports.length - 1) / 2)]!;
}

const failures: string[] = [];
console.log(`Lighthouse 12.2.3, mobile, median of ${RUNS} runs per page`);
console.log("page          perf  a11y  best   seo      LCP      CLS      TBT");
function printRow(label: string, report: Report) {
  const score = (category: keyof typeof TARGETS) => report.categories[category].score.toFixed(2).padStart(5);
  const lcp = report.audits["largest-contentful-paint"]!.numericValue;
  const cls = report.audits["cumulative-layout-shift"]!.numericValue;
  const tbt = report.audits["total-blocking-time"]!.numericValue;
  console.log(
    `${label.padEnd(12)} ${(Object.keys(TARGETS) as (keyof typeof TARGETS)[]).map(score).join(" ")} ${`${Math.round(lcp)} ms`.padStart(8)} ${cls.toFixed(3).padStart(8)} ${`${Math.round(tbt)} ms`.padStart(8)}`,
  );
}

for (const [label, pathname] of PAGES) {
  const report = medianRun(site + pathname);
  printRow(label, report);
  for (const [category, target] of Object.entries(TARGETS) as [keyof typeof TARGETS, number][]) {
    const score = report.categories[category].score;
    if (score < target) failures.push(`${label}: ${category} ${score} < ${target}`);
  }
  const cls = report.audits["cumulative-layout-shift"]!.numericValue;
  if (cls > 0) failures.push(`${label}: CLS ${cls} > 0`);
}
if (bare) printRow("bare (ref.)", medianRun(bare));
console.log(
  failures.length
    ? `\nTargets NOT met:\n  ${failures.join("\n  ")}`
    : "\nEvery target met (performance ≥ 0.95, accessibility 1, best practices ≥ 0.95, SEO 1, CLS 0).",
);
