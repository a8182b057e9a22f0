import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3"],
  // proxy.ts strips trailing slashes itself, in the same single redirect as any other move.
  skipTrailingSlashRedirect: true,
};

export default nextConfig;
