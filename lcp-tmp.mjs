import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless=new"] });
for (const url of process.argv.slice(2)) {
  const p = await b.newPage({ viewport: { width: 412, height: 823 } });
  await p.goto(url, { waitUntil: "networkidle" });
  const r = await p.evaluate(() => ({ paint: performance.getEntriesByType("paint").map((e) => [e.name, Math.round(e.startTime)]), nav: Math.round(performance.getEntriesByType("navigation")[0].loadEventEnd) }));
  console.log(url, JSON.stringify(r));
}
await b.close();
