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
import type { Random } from './random';

type IdentityInit = NonNullable<MessageInitShape<typeof IdentityEventSchema>['event']>;
type TrainingInit = NonNullable<MessageInitShape<typeof TrainingEventSchema>['event']>;
type MatchingInit = NonNullable<MessageInitShape<typeof MatchingEventSchema>['event']>;
type SupervisionInit = NonNullable<MessageInitShape<typeof SupervisionEventSchema>['event']>;

interface TimedMessage {
  at: number;
  message: OutgoingMessage;
}

/**
 * The four contexts' messages as their relays would publish them: a protobuf event in its envelope (event id, type,
 * stream id and version, occurred_at, organisation), keyed by stream id, with the headers libs/messaging requires.
 * Events may be added in any order; `messages()` puts them in time order, which keeps every stream in its own order.
 */
export class EventLog {
  private readonly timed: TimedMessage[] = [];
  private readonly versions = new Map<string, number>();
  private readonly counts = new Map<string, number>();

  constructor(private readonly random: Random) {}

  identity(event: IdentityInit, streamId: string, at: number, organisationId: string): void {
    const recorded = this.recorded(streamId, event.case, at, organisationId);
    this.push(at, topicFor('identity'), recorded, encodeIdentityEvent(create(IdentityEventSchema, { envelope: envelopeFor(recorded), event })));
  }

  training(event: TrainingInit, streamId: string, at: number, organisationId: string): void {
    const recorded = this.recorded(streamId, event.case, at, organisationId);
    this.push(at, topicFor('training'), recorded, encodeTrainingEvent(create(TrainingEventSchema, { envelope: envelopeFor(recorded), event })));
  }

  matching(event: MatchingInit, streamId: string, at: number, organisationId: string): void {
    const recorded = this.recorded(streamId, event.case, at, organisationId);
    this.push(at, topicFor('matching'), recorded, encodeMatchingEvent(create(MatchingEventSchema, { envelope: envelopeFor(recorded), event })));
  }

  supervision(event: SupervisionInit, streamId: string, at: number, organisationId: string): void {
    const recorded = this.recorded(streamId, event.case, at, organisationId);
    this.push(at, topicFor('supervision'), recorded, encodeSupervisionEvent(create(SupervisionEventSchema, { envelope: envelopeFor(recorded), event })));
  }

  /** How many events of each type (PascalCase, as in the envelope) were generated. */
  count(type: string): number {
    return this.counts.get(type) ?? 0;
  }

  typeCounts(): ReadonlyMap<string, number> {
    return this.counts;
  }

  /** Every message in time order (ties keep the order they were added in). */
  messages(): OutgoingMessage[] {
    return [...this.timed].sort((a, b) => a.at - b.at).map((timed) => timed.message);
  }

  private push(at: number, topic: string, recorded: RecordedEvent, bytes: Uint8Array): void {
    this.timed.push({ at, message: outgoingMessageFor(recorded, topic, bytes) });
  }

  private recorded(streamId: string, eventCase: string | undefined, at: number, organisationId: string): RecordedEvent {
    if (!eventCase) throw new Error(`An event on ${streamId} has no case.`);
    const type = eventCase[0].toUpperCase() + eventCase.slice(1);
    this.counts.set(type, (this.counts.get(type) ?? 0) + 1);
    const streamVersion = (this.versions.get(streamId) ?? 0) + 1;
    this.versions.set(streamId, streamVersion);
    return {
      globalPosition: 0n,
      transactionId: 0n,
      streamId,
      streamType: streamId.slice(0, streamId.indexOf('-')),
      streamVersion,
      eventId: this.random.uuid(),
      type,
      data: null,
      metadata: { correlationId: this.random.uuid(), actor: 'system:bench', organisationId, schemaVersion: 1 },
      recordedAt: new Date(at),
    };
  }
}
