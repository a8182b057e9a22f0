import path from "node:path";
import type { NextConfig } from "next";
import { now } from "./lib/clock";
import { contentDir } from "./lib/content/dir";
import { readWithdrawals } from "./lib/content/compiled";
import { firstPageRewrites, outsideSectionsRewrites, withdrawnRewrites, type Rewrite } from "./lib/content/routing";
import { contentSecurityPolicy, IMAGE_POLICY, isHttpsOrigin, securityHeaders } from "./lib/security/headers";

/** The routing rules content decides, worked out once from what the compiled content index says of withdrawals
 * (the whole archive is not read into the build's main process). */
let fromContent: { withdrawn: Rewrite[]; sectionSlugs: string[] } | undefined;
function routingFromContent() {
  if (!fromContent) {
    const { sections, withdrawals } = readWithdrawals(contentDir());
    fromContent = {
      withdrawn: withdrawnRewrites(withdrawals, now()),
      sectionSlugs: sections.map((section) => section.slug),
    };
  }
  return fromContent;
}

// The build's page worker cuts the recent window's image crops with sharp, whose libvips threads each get a glibc
// malloc arena of their own: some 150 MB kept for the rest of the build (bench:scale, 100,000 articles). glibc reads
// it when a process starts: it applies to the processes that `next build` starts (its page worker), not to this one.
process.env.MALLOC_ARENA_MAX ??= "2";

const nextConfig: NextConfig = {
  // The scale benchmark builds other content folders beside the site's own build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A self-contained server in .next/standalone (server.js and only the node_modules it uses) for containers;
  // scripts/standalone-assets.ts copies the static files, public/ and content/ beside it after each build.
  output: "standalone",
  poweredByHeader: false,
  // Types are checked by `npm run typecheck`, which `npm run build` runs before `next build`: inside the build the
  // checker ran beside Turbopack's compilation, and the two together passed 2 GB at 100,000 articles.
  typescript: { ignoreBuildErrors: true },
  // Node in the build's page worker keeps the source map of every chunk it loads (some 50 MB of map text and more
  // of parsed mappings at 100,000 articles), only to point a prerender error's stack at the source; Next's memory
  // guide names this switch for a build short of memory in "Generating static pages". `next build --debug-prerender`
  // gives the mapped stacks when a prerender error needs them.
  enablePrerenderSourceMaps: false,
  serverExternalPackages: ["better-sqlite3"],
  images: {
    // next/image's resizer sends its own policy (it wins over headers() below): the strictest one.
    contentSecurityPolicy: IMAGE_POLICY,
    // AVIF where the browser takes it (about half WebP's bytes for these pictures), WebP otherwise, the original
    // JPEG for the rest; each made once per width and kept in .next/cache/images.
    formats: ["image/avif", "image/webp"],
    // The widths screens pick for the article column and cards, up to the 1,600 px of the originals: no 1,920-3,840
    // variants that would only repeat the original's pixels.
    deviceSizes: [640, 750, 828, 1080, 1200, 1600],
  },
  // The page cache: Next's file cache, or Redis shared by every instance when REDIS_URL is set; either way a page
  // expires at the content changes that concern it (scheduled articles, withdrawals). See lib/cache/handler.mjs.
  cacheHandler: path.join(/* turbopackIgnore: true */ process.cwd(), "lib/cache/handler.mjs"),
  // No private in-memory copy in front of a shared cache: each instance would serve its own until it expired.
  ...(process.env.REDIS_URL ? { cacheMaxMemorySize: 0 } : {}),
  // Metadata always in <head>, for every user agent: Next would otherwise stream a slow page's metadata into <body>
  // for browsers, which is invalid HTML and hides it from crawlers that present as browsers.
  htmlLimitedBots: /.*/,
  experimental: {
    // Each page carries its stylesheet in a <style> element instead of a <link>: the first paint (the headline, the
    // largest paint of an article on a phone) then waits for no second request. The policy allows these elements by
    // their hashes, added by scripts/start.mjs once the build has made them.
    inlineCss: true,
    // No compile cache kept between builds. `npm run build` compiles in a process of its own (scripts/next-build.sh),
    // so the cache could only make a rebuild on the same machine faster, and writing it raised the compile's peak
    // (at 100,000 articles 1.4-1.9 GB with it, 1.2-1.6 GB without); it also kept every earlier version's entries.
    // A CI runner or a container image build starts without one anyway.
    turbopackFileSystemCacheForBuild: false,
  },
  // proxy.ts strips trailing slashes, sending an old or misfiled article address to the article in the same 308.
  skipTrailingSlashRedirect: true,
  async headers() {
    const https = isHttpsOrigin(process.env.SITE_URL);
    return [
      { source: "/:path*", headers: securityHeaders({ https }) },
      // The desk and sign-in get a nonce-based policy per request from proxy.ts instead.
      {
        source: "/((?!editor(?:/|$)).*)",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy("inline", { https }) }],
      },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: routingFromContent().withdrawn,
      // One or two segments outside the sections (old addresses, /tags/…) go to the moved-address page before the
      // section and article routes; the article route renders any "/{section}/{slug}" on demand and decides moves
      // under a section itself.
      afterFiles: [...outsideSectionsRewrites(routingFromContent().sectionSlugs), ...firstPageRewrites()],
      // Whatever no route answers: an article's old address (redirectFrom), a listing's page 1, or nothing at all. Old addresses are looked up there rather than listed here: Next tries every rule of this
      // table on every request, and an archive migrated from another system can bring one per article.
      fallback: [{ source: "/:path+", destination: "/moved/:path+" }],
    };
  },
};

export default nextConfig;
