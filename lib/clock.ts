// The current time for everything that decides visibility. Tests of scheduled publishing may start the
// clock at another instant (MERIDIAN_CLOCK_START, ISO 8601); it then runs forward in real time.
const startAt = process.env.MERIDIAN_CLOCK_START ? Date.parse(process.env.MERIDIAN_CLOCK_START) : Number.NaN;
const bootedAt = Date.now();

export function now(): Date {
  return Number.isNaN(startAt) ? new Date() : new Date(startAt + (Date.now() - bootedAt));
}
