import { DomainError } from '@tapestry/eventsourcing';

/** Trims `value` and refuses it when empty or longer than `maxLength`, naming the field so a person can fix it. */
export function requireText(value: string | null | undefined, field: string, maxLength = 200): string {
  const trimmed = (value ?? '').trim().replace(/[ \t]+/g, ' ');
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

/** Like requireText, but blank means "not given" (null). */
export function optionalText(value: string | null | undefined, field: string, maxLength = 200): string | null {
  return value?.trim() ? requireText(value, field, maxLength) : null;
}

/** The key two titles are compared by: "Active  Listening" and "active listening" are the same module. */
export function textKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}
