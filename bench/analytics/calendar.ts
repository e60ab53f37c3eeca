/** Times are milliseconds since the epoch, UTC; calendar dates are YYYY-MM-DD as the events carry them. */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

export const YEAR = 2025;
export const YEAR_START = Date.UTC(YEAR, 0, 1);
/** The first instant after the year: events at or after it are not generated. */
export const YEAR_END = Date.UTC(YEAR + 1, 0, 1);
export const PERIOD = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };

export const isoDate = (at: number): string => new Date(at).toISOString().slice(0, 10);

/** Midnight UTC of the day `at` falls on. */
export const startOfDay = (at: number): number => at - (((at % DAY_MS) + DAY_MS) % DAY_MS);

export const inYear = (at: number): boolean => at >= YEAR_START && at < YEAR_END;

/** The first Monday 10:00 at or after `at`: matching runs its rounds weekly. */
export function nextRound(at: number): number {
  const day = startOfDay(at);
  const weekday = new Date(day).getUTCDay();
  const candidate = day + ((8 - weekday) % 7) * DAY_MS + 10 * HOUR_MS;
  return candidate >= at ? candidate : candidate + 7 * DAY_MS;
}
