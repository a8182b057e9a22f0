// Cache-Control compared as a crawler or a shared cache reads it. Its stale-while-revalidate counts down by the second
// to the next scheduled content change (scripts/shared-cache-lifetime.mjs), so two answers a second apart may differ
// there by one.
import { expect } from "@playwright/test";

function directives(header: string | undefined): Record<string, number | true> {
  return Object.fromEntries(
    String(header)
      .split(",")
      .map((directive) => directive.trim().split("="))
      .map(([name, value]) => [name!, value === undefined ? true : Number(value)]),
  );
}

/** `later` is `earlier`'s Cache-Control, a second of its countdown apart at most. */
export function expectSameCacheControl(later: string | undefined, earlier: string | undefined, label: string) {
  const { "stale-while-revalidate": laterStale, ...laterRest } = directives(later);
  const { "stale-while-revalidate": earlierStale, ...earlierRest } = directives(earlier);
  expect(laterRest, `${label}: ${later}`).toEqual(earlierRest);
  expect([0, 1], `${label}: ${earlier} then ${later}`).toContain(Number(earlierStale) - Number(laterStale));
}
