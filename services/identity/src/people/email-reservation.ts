import { ConcurrencyError, type EventMetadata, type EventStore } from '@tapestry/eventsourcing';
import { normaliseEmail } from '../common';

type ReservationEvent = { type: 'EmailReserved' | 'EmailReleased'; data: { email: string; personId: string } };

const streamOf = (email: string): string => `email-${normaliseEmail(email)}`;

/**
 * Work emails are unique across Tapestry. Each address is a stream of its own, appended in the same transaction as the
 * person's event, so the store's unique (stream, version) constraint settles two concurrent claims: one wins.
 * Returns false when someone else holds the address (the person decider then refuses with DUPLICATE_EMAIL).
 */
export async function reserveEmail(events: EventStore, email: string, personId: string, metadata: EventMetadata): Promise<boolean> {
  const streamId = streamOf(email);
  const stream = await events.readStream(streamId);
  const last = stream[stream.length - 1] as (typeof stream)[number] & ReservationEvent | undefined;
  if (last?.type === 'EmailReserved') return last.data.personId === personId;
  const reserved: ReservationEvent = { type: 'EmailReserved', data: { email: normaliseEmail(email), personId } };
  try {
    await events.append(streamId, [reserved], {
      streamType: 'email-reservation',
      expectedVersion: stream.length === 0 ? 'no_stream' : stream.length,
      metadata,
    });
    return true;
  } catch (error) {
    // PostgreSQL makes a concurrent claim wait for the first to commit or roll back, so a conflict here means
    // another registration holding this address has committed.
    if (error instanceof ConcurrencyError) return false;
    throw error;
  }
}

/** Frees an address its holder no longer uses, so another person may take it. */
export async function releaseEmail(events: EventStore, email: string, personId: string, metadata: EventMetadata): Promise<void> {
  const streamId = streamOf(email);
  const stream = await events.readStream(streamId);
  const last = stream[stream.length - 1] as (typeof stream)[number] & ReservationEvent | undefined;
  if (last?.type !== 'EmailReserved' || last.data.personId !== personId) return;
  const released: ReservationEvent = { type: 'EmailReleased', data: { email: normaliseEmail(email), personId } };
  await events.append(streamId, [released], { streamType: 'email-reservation', expectedVersion: stream.length, metadata });
}
