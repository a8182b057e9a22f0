// @ts-check
// Next's page cache for this site (next.config.ts `cacheHandler`): Redis, shared by every instance, when REDIS_URL is
// set; otherwise Next's own file cache, exactly as without a handler. Either way a page cached before a content change
// that concerns it (lib/cache/content-schedule.ts) is expired from that instant, so nobody is served a cached 404
// for an article whose time has come. Plain JavaScript: Next imports this file at run time (and Turbopack bundles a
// copy into the proxy, which shares the process's Redis connection through globalThis).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { RedisStore, entryTags } from "./redis-store.mjs";
import { scriptsAfterFirstPaint } from "./scripts-after-paint.mjs";

const require = createRequire(import.meta.url);
/** @type {new (ctx: any) => any} */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

const CONTENT_SCHEDULE = Symbol.for("meridian.content-schedule");
/**
 * One Redis connection per process, kept on globalThis: Next makes a handler per request and loads this module from
 * more than one of its bundles. Not during `next build`, whose output belongs on disk.
 */
const SHARED_STORE = Symbol.for("meridian.shared-cache-store");
const shared =
  process.env.REDIS_URL && process.env.NEXT_PHASE !== "phase-production-build"
    ? /** @type {any} */ (globalThis[SHARED_STORE] ??= new RedisStore(process.env.REDIS_URL, `meridian:${buildId()}:`))
    : null;

/** Entries of one build must never answer for another (their pages name other scripts): keys carry the build's id. */
function buildId() {
  try {
    const distDir = path.join(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR || ".next");
    return readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  } catch {
    return "unknown-build";
  }
}

/** @param {any} entry @param {any} ctx */
function changedByContent(entry, ctx) {
  /** @type {{ changedSince: (tags: string[], cachedAt: number, now: number) => boolean } | undefined} */
  const schedule = /** @type {any} */ (globalThis)[CONTENT_SCHEDULE];
  if (!schedule || !entry || !(entry.lastModified > 0)) return false;
  return schedule.changedSince(entryTags(entry, ctx), entry.lastModified, Date.now());
}

const BUILDING = process.env.NEXT_PHASE === "phase-production-build";

/**
 * A page or route answer rendered at run time that is not a page of its own (a 404, a redirect): never stored. Pages
 * render on their first request (the article route's dynamicParams), so storing these would let a flood of made-up
 * addresses grow the cache, and Next would send a stored redirect's Location header twice. Each is rendered per
 * request instead, as cheaply as a lookup in the content index.
 * @param {any} data
 */
function isNotAPage(data) {
  if (BUILDING || !data || (data.kind !== "APP_PAGE" && data.kind !== "APP_ROUTE")) return false;
  return typeof data.status === "number" && (data.status < 200 || data.status >= 300);
}

/**
 * A cached page loads the framework's scripts after its first paint (lib/cache/scripts-after-paint.mjs). Rewritten in
 * place: the answer that made the entry (a first request, a revalidation) sends the same page, and Next's memory
 * copy of an entry read from disk is rewritten once.
 * @param {any} value
 */
function loadScriptsAfterPaint(value) {
  if (value?.kind === "APP_PAGE" && typeof value.html === "string") value.html = scriptsAfterFirstPaint(value.html);
}

export default class MeridianCacheHandler {
  /** @param {any} ctx what Next gives every cache handler (file system, dist dir, memory size…) */
  constructor(ctx) {
    this.store = shared ?? new FileSystemCache(ctx);
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const entry = await this.store.get(key, ctx);
    if (changedByContent(entry, ctx)) return null;
    // Pages `next build` prerendered are read from its files, which it wrote without this handler.
    loadScriptsAfterPaint(entry?.value);
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (isNotAPage(data)) return;
    loadScriptsAfterPaint(data);
    return this.store.set(key, data, ctx);
  }

  /** @param {string | string[]} tags @param {{ expire?: number } | undefined} durations */
  async revalidateTag(tags, durations) {
    return this.store.revalidateTag(tags, durations);
  }

  resetRequestCache() {}
}
