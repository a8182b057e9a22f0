// Hands the content schedule to the cache handler (lib/cache/handler.mjs), which Next loads as plain JavaScript
// outside the app's bundles and so cannot read content itself. Installed once per server process by instrumentation.ts.
import { clockOffsetMs } from "../clock";
import { getContent } from "../content/store";
import { changedSince, contentChanges, nextChangeAfter, type ContentChange } from "./content-schedule";

/**
 * The key the handler reads (`globalThis[CONTENT_SCHEDULE].changedSince(tags, cachedAt, now)`), and the server
 * (scripts/start.mjs) for the lifetime it lets shared caches give a response (`nextChangeAfter(now)`).
 */
export const CONTENT_SCHEDULE = Symbol.for("meridian.content-schedule");

export type ContentSchedule = {
  changedSince: (tags: string[], cachedAt: number, now: number) => boolean;
  nextChangeAfter: (now: number) => number | undefined;
};

export function installContentSchedule(): void {
  // Worked out at the first cache lookup, from the content index instrumentation.ts has already read.
  let changes: ContentChange[] | undefined;
  const allChanges = () => (changes ??= contentChanges(getContent().articles, clockOffsetMs));
  const schedule: ContentSchedule = {
    changedSince: (tags, cachedAt, now) => changedSince(allChanges(), tags, cachedAt, now),
    nextChangeAfter: (now) => nextChangeAfter(allChanges(), now),
  };
  (globalThis as Record<symbol, unknown>)[CONTENT_SCHEDULE] = schedule;
}
