import { DomainError } from '@tapestry/eventsourcing';

/** Trims `value` and refuses it when empty or longer than `maxLength`, naming the field so a person can fix it. */
export function requireText(value: string | null | undefined, field: string, maxLength = 200): string {
  const trimmed = (value ?? '').trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0) {
    throw new DomainError('BAD_USER_INPUT', `${field} is required; it cannot be empty.`, { field });
  }
  if (trimmed.length > maxLength) {
    throw new DomainError('BAD_USER_INPUT', `${field} is too long: at most ${maxLength} characters, got ${trimmed.length}.`, {
      field,
      maxLength,
    });
  }
  return trimmed;
}

/** The key two names are compared by: "North  Wing" and "north wing" are the same site. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}
