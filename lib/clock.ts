// The current time for everything that decides visibility. Tests of scheduled publishing shift the clock by a
// fixed offset (MERIDIAN_CLOCK_OFFSET_MS, milliseconds); a fixed offset reads the same in every module and process.
const offset = Number(process.env.MERIDIAN_CLOCK_OFFSET_MS ?? 0) || 0;

export function now(): Date {
  return new Date(Date.now() + offset);
}
