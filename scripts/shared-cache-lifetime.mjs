// A page stays true until the next instant at which content changes by itself: a scheduled article comes due, a
// withdrawal or a correction takes effect (lib/cache/content-schedule.ts). The app's own page cache expires pages at
// that instant on every instance; a shared cache in front of it (nginx's cache in deploy/nginx.conf, a CDN) keeps a
// response as long as its Cache-Control allows, and Next allows a page 30 seconds fresh and a year stale. So the first
// reader after the instant could be handed the page from before it. Every response's shared lifetime is cut short to
// end at the next instant; away from one, responses keep the lifetimes the app gave them.

const CONTENT_SCHEDULE = Symbol.for("meridian.content-schedule"); // lib/cache/schedule-global.ts
const LIFETIMES = ["s-maxage", "max-age"];
const STALE_WINDOWS = ["stale-while-revalidate", "stale-if-error"];

/**
 * `cacheControl` with no lifetime or stale window reaching past `secondsLeft` seconds from now, by any cache's clock. Responses no shared
 * cache keeps (private, no-store) and build assets (immutable: they do not change with content) are left alone.
 * @param {string} cacheControl @param {number} secondsLeft
 */
export function boundCacheControl(cacheControl, secondsLeft) {
  const directives = cacheControl
    .split(",")
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name = "", value] = directive.split("=", 2);
      return { name: name.toLowerCase(), seconds: value === undefined ? undefined : Number(value), text: directive };
    });
  if (directives.some(({ name }) => ["private", "no-store", "immutable"].includes(name))) return cacheControl;
  // A second short of the instant: caches keep time in whole seconds (nginx stores a response at the second it has
  // cached for its event loop, HTTP's Age and Date count whole seconds), so a lifetime of exactly the seconds left
  // can end up to a second after the instant.
  const left = Math.max(0, Math.floor(secondsLeft) - 1);
  const lifetime = (name) => directives.find((directive) => directive.name === name)?.seconds;
  const fresh = Math.min(lifetime("s-maxage") ?? lifetime("max-age") ?? 0, left);
  const bounded = directives
    .flatMap(({ name, seconds, text }) => {
      if (seconds === undefined || !Number.isFinite(seconds)) return [text];
      if (LIFETIMES.includes(name)) return [`${name}=${Math.min(seconds, left)}`];
      // Stale use starts when freshness ends, and must end by the instant too; none left means none allowed.
      if (STALE_WINDOWS.includes(name)) {
        const stale = Math.min(seconds, left - fresh);
        return stale > 0 ? [`${name}=${stale}`] : [];
      }
      return [text];
    })
    .join(", ");
  // Unchanged when nothing reached past the instant, as written.
  return bounded === directives.map(({ text }) => text).join(", ") ? cacheControl : bounded;
}

/** A function that bounds one response's Cache-Control by the content schedule the app installed, when it sends. */
export function sharedCacheLifetimeBounder() {
  // Responses within one second share their few Cache-Control values: each is worked out once for that second
  // rather than parsed on every response.
  let second = -1;
  /** @type {Map<string, string>} */
  let bounded = new Map();
  return (response) => {
    const writeHead = response.writeHead;
    response.writeHead = function (...args) {
      const schedule = globalThis[CONTENT_SCHEDULE];
      const now = Date.now();
      const next = schedule?.nextChangeAfter(now);
      const cacheControl = response.getHeader("cache-control");
      if (next !== undefined && typeof cacheControl === "string") {
        const left = Math.max(0, Math.floor((next - now) / 1000));
        if (left !== second) [second, bounded] = [left, new Map()];
        let value = bounded.get(cacheControl);
        if (value === undefined) bounded.set(cacheControl, (value = boundCacheControl(cacheControl, left)));
        response.setHeader("cache-control", value);
      }
      return writeHead.apply(this, args);
    };
  };
}
