/**
 * An instant as iCalendar's UTC DATE-TIME (RFC 5545 3.3.5, form #2): `2025-06-12T08:30:00.000Z` becomes
 * `20250612T083000Z`. UTC keeps the invitation free of VTIMEZONE blocks; calendars show it in the reader's zone.
 */
export function icsUtc(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`"${String(instant)}" is not a date-time an invitation can carry`);
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
