import { randomUUID } from 'node:crypto';
import { create, type MessageInitShape } from '@bufbuild/protobuf';
import {
  encodeIdentityEvent,
  encodeMatchingEvent,
  encodeSupervisionEvent,
  encodeTrainingEvent,
  envelopeFor,
  IdentityEventSchema,
  MatchingEventSchema,
  SupervisionEventSchema,
  topicFor,
  TrainingEventSchema,
} from '@tapestry/contracts';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import { outgoingMessageFor, type OutgoingMessage } from '@tapestry/messaging';

/**
 * Builds the messages the four contexts' relays publish, each at the time given (its envelope's occurred_at), for
 * tests that feed the warehouse a history with known figures.
 */
export class WarehouseEvents {
  readonly messages: OutgoingMessage[] = [];
  private readonly versions = new Map<string, number>();

  identity(event: MessageInitShape<typeof IdentityEventSchema>['event'] & object, streamId: string, at: string): this {
    const recorded = this.recorded(streamId, event?.case, at);
    return this.push(topicFor('identity'), recorded, encodeIdentityEvent(create(IdentityEventSchema, { envelope: envelopeFor(recorded), event })));
  }

  training(event: MessageInitShape<typeof TrainingEventSchema>['event'] & object, streamId: string, at: string): this {
    const recorded = this.recorded(streamId, event?.case, at);
    return this.push(topicFor('training'), recorded, encodeTrainingEvent(create(TrainingEventSchema, { envelope: envelopeFor(recorded), event })));
  }

  matching(event: MessageInitShape<typeof MatchingEventSchema>['event'] & object, streamId: string, at: string): this {
    const recorded = this.recorded(streamId, event?.case, at);
    return this.push(topicFor('matching'), recorded, encodeMatchingEvent(create(MatchingEventSchema, { envelope: envelopeFor(recorded), event })));
  }

  supervision(event: MessageInitShape<typeof SupervisionEventSchema>['event'] & object, streamId: string, at: string): this {
    const recorded = this.recorded(streamId, event?.case, at);
    return this.push(topicFor('supervision'), recorded, encodeSupervisionEvent(create(SupervisionEventSchema, { envelope: envelopeFor(recorded), event })));
  }

  private push(topic: string, recorded: RecordedEvent, bytes: Uint8Array): this {
    this.messages.push(outgoingMessageFor(recorded, topic, bytes));
    return this;
  }

  private recorded(streamId: string, type: string | undefined, at: string): RecordedEvent {
    const streamVersion = (this.versions.get(streamId) ?? 0) + 1;
    this.versions.set(streamId, streamVersion);
    return {
      globalPosition: 0n,
      transactionId: 0n,
      streamId,
      streamType: 'warehouse-test',
      streamVersion,
      eventId: randomUUID(),
      type: type ? type[0].toUpperCase() + type.slice(1) : 'Unknown',
      data: null,
      metadata: { correlationId: randomUUID(), actor: 'system:test', schemaVersion: 1 },
      recordedAt: new Date(at),
    };
  }
}
