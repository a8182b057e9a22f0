import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3"],
  // proxy.ts strips trailing slashes itself, in the same single redirect as any other move.
  skipTrailingSlashRedirect: true,
  // Metadata always in <head>, for every user agent: Next would otherwise stream a slow page's metadata into <body>
  // for browsers, which is invalid HTML and hides it from crawlers that present as browsers.
  htmlLimitedBots: /.*/,
};

export default nextConfig;
