import { DomainError } from '@tapestry/eventsourcing';

/**
 * Hours of training, practice, supervision or CPD, in quarter hours: finer than anyone logs, and it keeps sums
 * exact in binary floating point.
 */
export function validHours(value: number, field: string, max: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be more than zero hours, got ${value}.`, { field });
  }
  if (value > max) {
    throw new DomainError('BAD_USER_INPUT', `${field} of ${value} hours is more than the ${max} one record may hold.`, { field, max });
  }
  if (!Number.isInteger(value * 4)) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be in quarter hours (e.g. 1.25 or 1.5), got ${value}.`, { field });
  }
  return value;
}
