import type { CalendarDate } from '../common';
import { calendarDate } from '../common';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a date the ways an ESR export or a spreadsheet writes one: UK day-first 01/04/2019 (or 1/4/2019),
 * ISO 2019-04-01, and ESR's Oracle style 01-APR-2019. Never month-first: 04/01/2019 is the 4th of January.
 */
export function parseEsrDate(text: string): CalendarDate | undefined {
  const value = text.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (uk) return calendarDate(Number(uk[3]), Number(uk[2]), Number(uk[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const oracle = /^(\d{1,2})-([a-z]{3})-(\d{4})$/i.exec(value);
  if (oracle) {
    const month = MONTHS.indexOf(oracle[2].toLowerCase()) + 1;
    return month === 0 ? undefined : calendarDate(Number(oracle[3]), month, Number(oracle[1]));
  }
  return undefined;
}
