import { DomainError } from '@tapestry/eventsourcing';
import type { Period } from './scope';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string, field: string): string {
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!DAY.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new DomainError('INVALID_PERIOD', `${field} must be a day as YYYY-MM-DD, got "${value}".`, { field });
  }
  return value;
}

/** A period of whole days; one ending before it starts is refused rather than read as empty. */
export function parsePeriod(from: string, to: string, fields: [string, string] = ['from', 'to']): Period {
  const period = { from: day(from, fields[0]), to: day(to, fields[1]) };
  if (period.to < period.from) {
    throw new DomainError('INVALID_PERIOD', `The period ends (${period.to}) before it starts (${period.from}).`, { field: fields[1] });
  }
  return period;
}
