// @ts-check
// Next's incremental cache entries in Redis, with tag revalidation (revalidatePath, revalidateTag) recorded there too,
// so a revalidation on one instance is seen by all. Redis being away costs renders, never errors: every call gives
// up after a short wait and reads as a cache miss; the outage is logged once.
import { createRequire } from "node:module";
import { createClient } from "redis";

/** Next's in-process record of revalidated tags, which decides whether a cache hit is served stale. */
const { tagsManifest } = createRequire(import.meta.url)(
  "next/dist/server/lib/incremental-cache/tags-manifest.external.js",
);

const TAGS_HEADER = "x-next-cache-tags";
const TIMEOUT_MS = Number(process.env.REDIS_CACHE_TIMEOUT_MS ?? 1000);
/** The longest an entry is kept when Next gives no expiry of its own (seconds). */
const MAX_TTL_SECONDS = 30 * 24 * 3600;

/** The tags an entry answers to: a page's or route's from its headers, a fetch's from the request context. */
export function entryTags(/** @type {any} */ entry, /** @type {any} */ ctx) {
  const header = entry?.value?.headers?.[TAGS_HEADER];
  if (typeof header === "string") return header.split(",");
  return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

/** JSON with Buffers and Maps (page payloads and their segments) kept as such. */
function encode(/** @type {unknown} */ value) {
  return JSON.stringify(value, function (key, json) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString("base64") };
    if (raw instanceof Map) return { $map: [...raw] };
    return json;
  });
}

function decode(/** @type {string} */ text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === "object" && typeof value.$buffer === "string")
      return Buffer.from(value.$buffer, "base64");
    if (value && typeof value === "object" && Array.isArray(value.$map)) return new Map(value.$map);
    return value;
  });
}

/** @template T @param {Promise<T>} promise @returns {Promise<T>} */
function withTimeout(promise) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}

export class RedisStore {
  /** @param {string} url @param {string} prefix of every key (the handler's carries the build's id) */
  constructor(url, prefix) {
    this.prefix = prefix;
    this.healthy = true;
    this.client = createClient({
      url,
      // Fail at once while disconnected rather than queue: a reader must not wait for Redis to come back.
      disableOfflineQueue: true,
      socket: { connectTimeout: 5000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
    });
    this.client.on("error", (error) => this.failed(error));
    this.connecting = this.client.connect().catch((error) => this.failed(error));
  }

  /** Logs the first failure of an outage only. @param {unknown} error */
  failed(error) {
    if (this.healthy) console.error(`Shared cache: Redis unavailable, rendering without it (${String(error)})`);
    this.healthy = false;
    return null;
  }

  /** @param {() => Promise<any>} operation */
  async attempt(operation) {
    try {
      await withTimeout(this.connecting);
      if (!this.client.isReady) return null;
      const result = await withTimeout(operation());
      // The outage ends with the first answer, not with a reconnection that may drop again at once.
      if (!this.healthy) console.log("Shared cache: Redis is back");
      this.healthy = true;
      return result;
    } catch (error) {
      return this.failed(error);
    }
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    return this.attempt(async () => {
      const text = await this.client.get(this.prefix + "entry:" + key);
      if (!text) return null;
      const entry = decode(text);
      const tags = entryTags(entry, ctx);
      if (tags.length === 0) return entry;
      const now = Date.now();
      const marks = await this.client.hmGet(this.prefix + "tags", tags);
      for (const [i, mark] of marks.entries()) {
        if (!mark) continue;
        const { stale, expired } = JSON.parse(mark);
        // Revalidated after this entry was made, with its expiry reached: a miss, so the page renders afresh.
        if (typeof expired === "number" && expired <= now && expired > entry.lastModified) return null;
        // Stale but not expired ("max" profile): Next serves it and renders a fresh one in the background.
        if (stale > entry.lastModified) tagsManifest.set(tags[i], { ...tagsManifest.get(tags[i]), stale });
      }
      return entry;
    });
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
    const entry = { value: data, lastModified: Date.now(), cacheControl };
    const ttl = Math.min(
      typeof cacheControl?.expire === "number" ? cacheControl.expire : MAX_TTL_SECONDS,
      MAX_TTL_SECONDS,
    );
    await this.attempt(() => this.client.set(this.prefix + "entry:" + key, encode(entry), { EX: Math.max(1, ttl) }));
  }

  /**
   * Marks tags expired for every instance: at once (revalidatePath, updateTag, `{ expire: 0 }`), or after
   * `durations.expire` seconds. @param {string | string[]} tags @param {{ expire?: number } | undefined} durations
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    const now = Date.now();
    // Without durations the tags expire now (Next's default); with them, after `expire` seconds if given.
    const expired = !durations ? now : durations.expire === undefined ? undefined : now + durations.expire * 1000;
    const marks = Object.fromEntries(list.map((tag) => [tag, JSON.stringify({ stale: now, expired })]));
    const done = await this.attempt(() => this.client.hSet(this.prefix + "tags", marks));
    if (done === null) console.error(`Shared cache: could not record the revalidation of ${list.join(", ")}`);
  }

  resetRequestCache() {}

  async close() {
    await this.client.close().catch(() => {});
  }
}
