// Hands the content schedule to the cache handler (lib/cache/handler.mjs), which Next loads as plain JavaScript
// outside the app's bundles and so cannot read content itself. Installed once per server process by instrumentation.ts.
import { clockOffsetMs } from "../clock";
import { getContent } from "../content/store";
import { changedSince, contentChanges, type ContentChange } from "./content-schedule";

/** The key the handler reads: `globalThis[CONTENT_SCHEDULE].changedSince(tags, cachedAt, now)`. */
export const CONTENT_SCHEDULE = Symbol.for("meridian.content-schedule");

export type ContentSchedule = { changedSince: (tags: string[], cachedAt: number, now: number) => boolean };

export function installContentSchedule(): void {
  // Worked out at the first cache lookup, from the content index instrumentation.ts has already read.
  let changes: ContentChange[] | undefined;
  const schedule: ContentSchedule = {
    changedSince: (tags, cachedAt, now) => {
      changes ??= contentChanges(getContent().articles, clockOffsetMs);
      return changedSince(changes, tags, cachedAt, now);
    },
  };
  (globalThis as Record<symbol, unknown>)[CONTENT_SCHEDULE] = schedule;
}
