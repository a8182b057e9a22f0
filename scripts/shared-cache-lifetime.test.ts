import { afterEach, describe, expect, it, vi } from "vitest";
import { boundCacheControl, sharedCacheLifetimeBounder } from "./shared-cache-lifetime.mjs";

const PAGE = "s-maxage=30, stale-while-revalidate=31535970";

describe("a response's shared-cache lifetime near the next content change", () => {
  it("is left as the app gave it when the change is further away than it reaches", () => {
    expect(boundCacheControl(PAGE, 40_000_000)).toBe(PAGE);
    expect(boundCacheControl("public, s-maxage=300, stale-while-revalidate=3600", 4000)).toBe(
      "public, s-maxage=300, stale-while-revalidate=3600",
    );
  });

  it("lets a page be stale only until the change", () => {
    expect(boundCacheControl(PAGE, 100)).toBe("s-maxage=30, stale-while-revalidate=69");
    expect(boundCacheControl("public, s-maxage=300, stale-while-revalidate=3600", 1000)).toBe(
      "public, s-maxage=300, stale-while-revalidate=699",
    );
  });

  it("ends freshness at the change, with no stale use after it", () => {
    expect(boundCacheControl(PAGE, 12.9)).toBe("s-maxage=11");
    expect(boundCacheControl("public, max-age=600, s-maxage=600, stale-if-error=60", 5)).toBe(
      "public, max-age=4, s-maxage=4",
    );
  });

  it("allows no caching at all in the last second, or once the instant has passed", () => {
    expect(boundCacheControl(PAGE, 0.4)).toBe("s-maxage=0");
    expect(boundCacheControl(PAGE, 1.9)).toBe("s-maxage=0");
    expect(boundCacheControl(PAGE, -2)).toBe("s-maxage=0");
  });

  it("leaves alone what no shared cache keeps, and build assets that never change with content", () => {
    expect(boundCacheControl("private, no-cache, no-store, max-age=0, must-revalidate", 1)).toBe(
      "private, no-cache, no-store, max-age=0, must-revalidate",
    );
    expect(boundCacheControl("public, max-age=31536000, immutable", 1)).toBe("public, max-age=31536000, immutable");
  });
});

describe("the server's bounder", () => {
  const SCHEDULE = Symbol.for("meridian.content-schedule");
  afterEach(() => {
    vi.useRealTimers();
    delete (globalThis as Record<symbol, unknown>)[SCHEDULE];
  });

  /** One response through the bounder: the Cache-Control it is sent with. */
  function sent(bound: (response: never) => void, cacheControl: string): unknown {
    const headers = new Map<string, unknown>([["cache-control", cacheControl]]);
    const response = {
      writeHead: () => response,
      getHeader: (name: string) => headers.get(name),
      setHeader: (name: string, value: unknown) => headers.set(name, value),
    };
    bound(response as never);
    response.writeHead();
    return headers.get("cache-control");
  }

  it("bounds every response by the time left to the next change, as that time runs out", () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const change = 1_000_000 + 100_500;
    (globalThis as Record<symbol, unknown>)[SCHEDULE] = {
      nextChangeAfter: (now: number) => (now < change ? change : undefined),
    };
    const bound = sharedCacheLifetimeBounder();
    expect(sent(bound, PAGE)).toBe("s-maxage=30, stale-while-revalidate=69");
    expect(sent(bound, PAGE)).toBe("s-maxage=30, stale-while-revalidate=69");
    expect(sent(bound, "public, s-maxage=300")).toBe("public, s-maxage=99");
    vi.setSystemTime(1_000_000 + 90_000);
    expect(sent(bound, PAGE)).toBe("s-maxage=9");
    vi.setSystemTime(change + 1);
    expect(sent(bound, PAGE)).toBe(PAGE);
  });
});
