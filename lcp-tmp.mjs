import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
for (const blockFonts of [false, true]) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  if (process.env.THROTTLE) await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 1.6 * 1024 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 });
  if (process.env.THROTTLE) await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  if (blockFonts) await page.route(/\.woff2$/, (route) => route.abort());
  for (const url of process.argv.slice(2)) {
    await page.goto(url, { waitUntil: "networkidle" });
    const r = await page.evaluate(() => new Promise((resolve) => {
      new PerformanceObserver((list) => resolve({ fcp: Math.round(performance.getEntriesByName("first-contentful-paint")[0]?.startTime), lcp: list.getEntries().map((e) => `${Math.round(e.startTime)}:${e.element?.tagName}`).join(",") })).observe({ type: "largest-contentful-paint", buffered: true });
    }));
    console.log(blockFonts ? "fonts blocked" : "fonts", url.replace(/.*3400/, ""), JSON.stringify(r));
  }
  await context.close();
}
await browser.close();
