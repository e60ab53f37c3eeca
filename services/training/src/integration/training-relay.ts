import { Inject, Injectable } from '@nestjs/common';
import { create } from '@bufbuild/protobuf';
import { Pool } from 'pg';
import { encodeTrainingEvent, envelopeFor, topicFor, TrainingEventSchema } from '@tapestry/contracts';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import { outgoingMessageFor, type OutgoingMessage, type Transport } from '@tapestry/messaging';
import { PG_POOL, ServiceRelay, TRANSPORT } from '@tapestry/nest-kit';
import { TrainingStore } from '../infrastructure/training-store';
import { publicPayloadOf, type TrainingDomainEvent } from './public-event-payload';

export const TRAINING_TOPIC = topicFor('training');

/**
 * A stored training event as a `tapestry.training.v1.TrainingEvent` message, or null for what stays inside the
 * service (enrolments, acknowledgements, evidence, feedback: see publicPayloadOf).
 */
export function encodeTrainingMessage(recorded: RecordedEvent): OutgoingMessage | null {
  // The store is untyped; every event type training records is a TrainingDomainEvent (publicPayloadOf's switch is exhaustive).
  const payload = publicPayloadOf({ type: recorded.type, data: recorded.data } as TrainingDomainEvent);
  if (payload === null) return null;
  const message = create(TrainingEventSchema, { envelope: envelopeFor(recorded), event: payload });
  return outgoingMessageFor(recorded, TRAINING_TOPIC, encodeTrainingEvent(message));
}

/** Training's public events to `tapestry.training.v1`; enrolments, evidence and feedback encode to nothing. */
@Injectable()
export class TrainingRelay extends ServiceRelay {
  constructor(store: TrainingStore, @Inject(PG_POOL) pool: Pool, @Inject(TRANSPORT) transport: Transport) {
    super({ name: 'training', topic: TRAINING_TOPIC, store: store.events, pool, transport, encode: encodeTrainingMessage });
  }
}
