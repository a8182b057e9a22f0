// Runs once when the server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { refuseToStartWithoutSecret } = await import("./lib/auth/startup-check");
    refuseToStartWithoutSecret();
    // Scheduled articles and withdrawals take effect in the page cache at their time (lib/cache/content-schedule.ts).
    const { installContentSchedule } = await import("./lib/cache/schedule-global");
    installContentSchedule();
    // Not in the build's workers, which are stopped by signal and have no server to drain.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { closeDatabaseOnShutdown } = await import("./lib/shutdown");
      closeDatabaseOnShutdown();
      // The content index is read now rather than by the first reader's request (about 30 s for 100,000 articles).
      const { getContent } = await import("./lib/content/store");
      getContent();
      // And the article sitemaps, which crawlers would otherwise wait for (each is kept until content changes).
      const [{ writeArticleSitemaps }, { now }] = await Promise.all([
        import("./lib/seo/sitemap-routes"),
        import("./lib/clock"),
      ]);
      writeArticleSitemaps(now());
    }
  }
}
