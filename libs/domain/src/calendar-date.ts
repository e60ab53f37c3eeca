import { DomainError } from '@tapestry/eventsourcing';

/** A day as `YYYY-MM-DD`: completions, lapses and due dates are days, and ISO dates compare correctly as strings. */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Builds `YYYY-MM-DD` from parts, or undefined when the parts name no real day. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when `value` is `YYYY-MM-DD` and names a real day (no 31 April, 29 February only in leap years). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

export function validDate(value: string, field: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new DomainError('BAD_USER_INPUT', `${field} "${value}" is not a date; write it as YYYY-MM-DD.`, { field });
  }
  return value;
}

function parts(date: CalendarDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year, month, day];
}

/**
 * The same day `months` later; a day the target month lacks becomes its last day (31 January + 1 month is
 * 28 or 29 February), so a validity never runs past the month it names.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = parts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return calendarDate(targetYear, targetMonth, Math.min(day, lastDay)) as CalendarDate;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = parts(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
