import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { create } from '@bufbuild/protobuf';
import { Pool } from 'pg';
import { encodeTrainingEvent, envelopeFor, topicFor, TrainingEventSchema } from '@tapestry/contracts';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import { ensureRelayCheckpointTable, OutboxRelay, outgoingMessageFor, type OutgoingMessage, type Publisher, type Transport } from '@tapestry/messaging';
import { PG_POOL, TRANSPORT } from '@tapestry/nest-kit';
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

/**
 * Publishes training's public events from its event store (the outbox) to `tapestry.training.v1`. Handlers never
 * publish: an event is on the topic only because it is in the store, so nothing is lost between the two.
 */
@Injectable()
export class TrainingRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private relay: OutboxRelay | undefined;
  private publisher: Publisher | undefined;
  private readonly logger = new Logger('TrainingRelay');

  constructor(
    private readonly store: TrainingStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(TRANSPORT) private readonly transport: Transport,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await ensureRelayCheckpointTable(this.pool);
    await this.transport.ensureTopics([TRAINING_TOPIC]);
    this.publisher = await this.transport.createPublisher();
    this.relay = new OutboxRelay({
      name: 'training',
      store: this.store.events,
      pool: this.pool,
      publisher: this.publisher,
      encode: encodeTrainingMessage,
      pollIntervalMs: 250,
      onError: (error) => this.logger.warn(`Relaying to ${TRAINING_TOPIC} failed and will be retried: ${String(error)}`),
    });
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.publisher?.close();
  }
}
