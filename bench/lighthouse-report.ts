// Lighthouse 12.2.3, mobile (its default: simulated slow 4G and a mid-range phone), on each page type beside the bare
// Next.js page of the same route shape and weight, audited in the same run, in turn (page, bare, page, bare…), so a
// slow moment of this shared machine hits both alike. Usage: tsx bench/lighthouse-report.ts SITE_ORIGIN BARE_PAGE_URL
// (bench/lighthouse.sh starts both). Each audit runs LIGHTHOUSE_RUNS times (default 5); medians are reported, each
// figure beside its target and whether it is met:
// - largest contentful paint ≤ 1,500 ms and ≤ 2× the bare page's median;
// - performance score no more than 0.05 below the bare page's median (the score moves with the machine; the LCP and
//   the score relative to the bare page do not);
// - accessibility, best practices and SEO 1.00, cumulative layout shift 0.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const [site, bare] = process.argv.slice(2);
if (!site || !bare) throw new Error("Usage: tsx bench/lighthouse-report.ts SITE_ORIGIN BARE_PAGE_URL");

const PAGES: [string, string][] = [
  ["article", "/asia/russia-china-defence-ministers-beijing-military-cooperation"],
  ["section", "/asia"],
  ["author", "/authors/lena-marsh"],
  ["front page", "/"],
];
type Category = "performance" | "accessibility" | "best-practices" | "seo";
const LCP_LIMIT_MS = 1500;
const LCP_TIMES_BARE = 2;
const SCORE_BELOW_BARE = 0.05;

type Report = {
  categories: Record<Category, { score: number }>;
  audits: Record<string, { numericValue: number }>;
};
type Figures = Record<Category | "lcp" | "cls" | "tbt", number>;

function lighthouse(url: string): Figures {
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
  const report = JSON.parse(readFileSync(output, "utf8")) as Report;
  const score = (category: Category) => report.categories[category].score;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    lcp: report.audits["largest-contentful-paint"]!.numericValue,
    cls: report.audits["cumulative-layout-shift"]!.numericValue,
    tbt: report.audits["total-blocking-time"]!.numericValue,
  };
}

const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function medians(runs: Figures[]): Figures {
  const keys = Object.keys(runs[0]!) as (keyof Figures)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as Figures;
}

const verdict = (met: boolean) => (met ? "met" : "NOT met");
const ms = (value: number) => `${Math.round(value).toLocaleString("en-GB")} ms`;
let failures = 0;
function line(label: string, value: string, target: string, met: boolean) {
  if (!met) failures++;
  console.log(`  ${label.padEnd(22)} ${value.padStart(10)}   target ${target.padEnd(30)} ${verdict(met)}`);
}

console.log(
  `Lighthouse 12.2.3, mobile; medians of ${RUNS} runs, each page audited in turn with the bare Next.js page.`,
);
for (const [label, pathname] of PAGES) {
  const ours: Figures[] = [];
  const floor: Figures[] = [];
  for (let run = 0; run < RUNS; run++) {
    ours.push(lighthouse(site + pathname));
    floor.push(lighthouse(bare));
  }
  const page = medians(ours);
  const ref = medians(floor);
  console.log(`\n${label} (${pathname}); bare page: LCP ${ms(ref.lcp)}, performance ${ref.performance.toFixed(2)}`);
  console.log(
    `  LCP runs: ${ours.map((run) => Math.round(run.lcp)).join(", ")}; bare: ${floor.map((run) => Math.round(run.lcp)).join(", ")}`,
  );
  line("largest paint (LCP)", ms(page.lcp), `≤ ${ms(LCP_LIMIT_MS)}`, page.lcp <= LCP_LIMIT_MS);
  const times = page.lcp / ref.lcp;
  line("LCP / bare page's", `${times.toFixed(2)}×`, `≤ ${LCP_TIMES_BARE}×`, times <= LCP_TIMES_BARE);
  const floorScore = ref.performance - SCORE_BELOW_BARE;
  line(
    "performance",
    page.performance.toFixed(2),
    `≥ ${floorScore.toFixed(2)} (bare ${ref.performance.toFixed(2)} − 0.05)`,
    page.performance >= floorScore - 1e-9,
  );
  for (const category of ["accessibility", "best-practices", "seo"] as const) {
    line(category, page[category].toFixed(2), "1.00", page[category] >= 1);
  }
  line("layout shift (CLS)", page.cls.toFixed(3), "0", page.cls === 0);
  console.log(
    `  ${"blocking time (TBT)".padEnd(22)} ${ms(page.tbt).padStart(10)}   (bare page ${ms(ref.tbt)}; no target)`,
  );
}
console.log(failures ? `\n${failures} target(s) NOT met.` : "\nEvery target met.");
process.exitCode = failures ? 1 : 0;
