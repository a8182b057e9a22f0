// The current time for everything that decides visibility. Tests of scheduled publishing shift the clock by a
// fixed offset (MERIDIAN_CLOCK_OFFSET_MS, milliseconds); a fixed offset reads the same in every module and process.
const offset = Number(process.env.MERIDIAN_CLOCK_OFFSET_MS ?? 0) || 0;

/** How far the site's clock runs ahead of the machine's (milliseconds): turns a content time into a real one. */
export const clockOffsetMs = offset;

export function now(): Date {
  return new Date(Date.now() + offset);
}
