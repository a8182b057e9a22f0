import type { NextConfig } from "next";
import { now } from "./lib/clock";
import { contentDir } from "./lib/content/dir";
import { loadContent, type ContentIndex } from "./lib/content/load";
import { articleRedirects, FIRST_PAGE_REDIRECTS, withdrawnRewrites } from "./lib/content/routing";

/** Content read once, when the build compiles these rules into its routing table (no code runs per request). */
let loaded: ContentIndex | undefined;
const content = () => (loaded ??= loadContent(contentDir()));

const nextConfig: NextConfig = {
  // The scale benchmark builds other content folders beside the site's own build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3"],
  // Metadata always in <head>, for every user agent: Next would otherwise stream a slow page's metadata into <body>
  // for browsers, which is invalid HTML and hides it from crawlers that present as browsers.
  htmlLimitedBots: /.*/,
  // proxy.ts strips trailing slashes, correcting a wrong section in the same 308; the rules below match an old
  // address with or without one.
  skipTrailingSlashRedirect: true,
  async redirects() {
    return [
      ...articleRedirects(content().articles, now()),
      ...FIRST_PAGE_REDIRECTS,
    ];
  },
  async rewrites() {
    return {
      beforeFiles: withdrawnRewrites(content().articles, now()),
      afterFiles: [],
      // Whatever "/{section}/{slug}" is not a built article: its slug under the wrong section, or nothing at all.
      fallback: [{ source: "/:section/:slug", destination: "/misplaced/:section/:slug" }],
    };
  },
};

export default nextConfig;
