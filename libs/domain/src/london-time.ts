import type { CalendarDate } from './calendar-date';

/**
 * Training days, chemistry meetings and follow-ups are planned in UK wall-clock time. The UK's summer time runs from 01:00 UTC on the last Sunday
 * of March to 01:00 UTC on the last Sunday of October (the rule since 1996); computing it here keeps the domain
 * free of the host's time-zone data.
 */
export const LONDON_TIME_ZONE = 'Europe/London';

function lastSundayAtOneUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  const sunday = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, monthIndex, sunday, 1);
}

/** Minutes London is ahead of UTC at `instant`: 60 in summer time, else 0. */
export function londonOffsetMinutes(instant: Date): number {
  const year = instant.getUTCFullYear();
  const time = instant.getTime();
  return time >= lastSundayAtOneUtc(year, 2) && time < lastSundayAtOneUtc(year, 9) ? 60 : 0;
}

/** The UTC instant of a London wall-clock time `HH:MM` on `date`. */
export function londonWallTimeToUtc(date: CalendarDate, time: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  const asIfUtc = Date.UTC(year, month - 1, day, hours, minutes);
  const offset = londonOffsetMinutes(new Date(asIfUtc - londonOffsetMinutes(new Date(asIfUtc)) * 60_000));
  return new Date(asIfUtc - offset * 60_000);
}

/** The day it is in London at `instant`: what "today" means for a date a person typed. */
export function londonDateOf(instant: Date): CalendarDate {
  return new Date(instant.getTime() + londonOffsetMinutes(instant) * 60_000).toISOString().slice(0, 10);
}
