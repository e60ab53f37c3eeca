import { londonDateOf, type CalendarDate } from '@tapestry/domain';
import { type Caseload } from './caseload';

interface DayChange {
  placesTaken: number;
  capacity: number | null;
}

/**
 * The day since which the coach has been at capacity without a break, or null when they are not at capacity now.
 * Worked out from the dated facts (places taken at introduction, given back at decline or closure; capacity
 * changes) rather than tracked while folding, so the answer does not depend on the order facts arrived in.
 * A day's changes count together: a place given back and another taken the same day is no break.
 */
export function atCapacitySince(caseload: Caseload, defaultCapacity: number): CalendarDate | null {
  const days = new Map<CalendarDate, DayChange>();
  const on = (day: CalendarDate): DayChange => {
    const existing = days.get(day);
    if (existing) return existing;
    const created: DayChange = { placesTaken: 0, capacity: null };
    days.set(day, created);
    return created;
  };
  for (const record of Object.values(caseload.relationships)) {
    on(record.introducedOn).placesTaken += 1;
    if (record.endedOn !== null) on(record.endedOn).placesTaken -= 1;
  }
  for (const change of caseload.availability) on(londonDateOf(new Date(change.at))).capacity = change.capacity;

  let used = 0;
  let capacity = defaultCapacity;
  let since: CalendarDate | null = null;
  for (const day of [...days.keys()].sort()) {
    const change = days.get(day) as DayChange;
    used += change.placesTaken;
    capacity = change.capacity ?? capacity;
    const full = capacity > 0 && used >= capacity;
    since = full ? (since ?? day) : null;
  }
  return since;
}
