import { DomainError } from '@tapestry/eventsourcing';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from the edge are uuids; anything else would fail deep in a query, so refuse it up front. */
export function requireUuid(value: string, field: string): string {
  if (!UUID.test(value)) throw new DomainError('BAD_USER_INPUT', `${field} must be an id (a uuid), got "${value}".`, { field });
  return value.toLowerCase();
}
