/** Dates and times as people read them. The services keep calendar days as London days and take instants in UTC. */

const LONDON = 'Europe/London';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: LONDON });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: LONDON });
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: LONDON, year: 'numeric', month: '2-digit', day: '2-digit' });

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "3 March 2026" for a calendar day (YYYY-MM-DD) or an instant (shown as its London day); `missing` for no value,
 * and text that is not a date as it is rather than "Invalid Date".
 */
export function formatDate(value: string | null | undefined, missing = ''): string {
  if (!value) return missing;
  // A bare date is a London calendar day: read it at midday UTC so no zone moves it to another day.
  const date = new Date(CALENDAR_DAY.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** "3 March 2026 at 12:30", London time. */
export function formatDateTime(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : `${dateFormat.format(date)} at ${timeFormat.format(date)}`;
}

/** The day it is in London, as YYYY-MM-DD: the calendar the services check "not in the future" against. */
export function londonToday(now: Date = new Date()): string {
  return Number.isNaN(now.getTime()) ? '' : dayFormat.format(now);
}

/** A YYYY-MM-DD day some whole months on, kept within a shorter month (31 January plus one month is 28 or 29 February). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}
