import { DomainError } from '@tapestry/eventsourcing';
import { optionalText } from '../common';

export const MAX_CAPACITY = 200;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function validTime(value: string, field: string): string {
  if (!TIME.test(value)) {
    throw new DomainError('BAD_USER_INPUT', `${field} "${value}" is not a time; write it as HH:MM on the 24-hour clock.`, { field });
  }
  return value;
}

export function validCapacity(capacity: number): number {
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY) {
    throw new DomainError('BAD_USER_INPUT', `Capacity must be a whole number of places from 1 to ${MAX_CAPACITY}, got ${capacity}.`, {
      field: 'capacity',
    });
  }
  return capacity;
}

/** An online link must be https: it carries people to a meeting and is sent out in calendar invitations. */
export function validOnlineLink(value: string | null | undefined): string | null {
  const text = optionalText(value, 'Online link', 500);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DomainError('BAD_USER_INPUT', `Online link "${text}" is not a web address.`, { field: 'onlineLink' });
  }
  if (url.protocol !== 'https:') {
    throw new DomainError('BAD_USER_INPUT', `Online link must start with https://, got "${text}".`, { field: 'onlineLink' });
  }
  return text;
}

/** A venue, an online link, or both (a hybrid day); never neither. */
export function validPlace(venue: string | null | undefined, onlineLink: string | null | undefined): { venue: string | null; onlineLink: string | null } {
  const place = { venue: optionalText(venue, 'Venue', 200), onlineLink: validOnlineLink(onlineLink) };
  if (place.venue === null && place.onlineLink === null) {
    throw new DomainError('BAD_USER_INPUT', 'Give a venue or an online link, so learners know where to go.', { field: 'venue' });
  }
  return place;
}
