/**
 * A calendar date as `YYYY-MM-DD`. Start, move and leaving dates are days, not instants, so they are kept as
 * ISO date strings, which also compare correctly as strings.
 */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a real day (no 31 April, 29 February only in leap years). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

/** Builds `YYYY-MM-DD` from parts, or undefined when the parts name no real day. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
