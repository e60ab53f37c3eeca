import { Inject, Injectable } from '@nestjs/common';
import { create } from '@bufbuild/protobuf';
import { Pool } from 'pg';
import { encodeMatchingEvent, envelopeFor, topicFor, MatchingEventSchema } from '@tapestry/contracts';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import { outgoingMessageFor, type OutgoingMessage, type Transport } from '@tapestry/messaging';
import { PG_POOL, ServiceRelay, TRANSPORT } from '@tapestry/nest-kit';
import { MatchingStore } from '../infrastructure/matching-store';
import { publicPayloadOf, type MatchingDomainEvent } from './public-event-payload';

export const MATCHING_TOPIC = topicFor('matching');

/**
 * A stored matching event as a `tapestry.matching.v1.MatchingEvent` message, or null for what stays inside the
 * service (goals, preferences, proposals, feedback, follow-ups: see publicPayloadOf).
 */
export function encodeMatchingMessage(recorded: RecordedEvent): OutgoingMessage | null {
  // The store is untyped; every event type matching records is a MatchingDomainEvent (publicPayloadOf's switch is exhaustive).
  const payload = publicPayloadOf({ type: recorded.type, data: recorded.data } as MatchingDomainEvent);
  if (payload === null) return null;
  const message = create(MatchingEventSchema, { envelope: envelopeFor(recorded), event: payload });
  return outgoingMessageFor(recorded, MATCHING_TOPIC, encodeMatchingEvent(message));
}

/** Matching's public events to `tapestry.matching.v1`; goals, proposals and feedback encode to nothing. */
@Injectable()
export class MatchingRelay extends ServiceRelay {
  constructor(store: MatchingStore, @Inject(PG_POOL) pool: Pool, @Inject(TRANSPORT) transport: Transport) {
    super({ name: 'matching', topic: MATCHING_TOPIC, store: store.events, pool, transport, encode: encodeMatchingMessage });
  }
}
