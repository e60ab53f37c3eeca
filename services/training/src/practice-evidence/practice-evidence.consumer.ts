import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { Pool } from 'pg';
import { decodeMatchingEvent, decodeSupervisionEvent, topicFor, type EventEnvelope, type MatchingEvent, type SupervisionEvent } from '@tapestry/contracts';
import { DomainError, type EventStore } from '@tapestry/eventsourcing';
import { ensureInboxTable, type InboxWork, type Subscription, type Transport } from '@tapestry/messaging';
import { PG_POOL, subscribeThroughInbox, TRANSPORT } from '@tapestry/nest-kit';
import { recordCoachingHours, recordSupervisionHours } from '../accreditation/practice-hours.handlers';
import { TrainingStore } from '../infrastructure/training-store';
import { coachingEvidenceOf, supervisionEvidenceOf } from './session-evidence';
import { UnusableEvidenceError } from './unusable-evidence.error';

export const MATCHING_TOPIC = topicFor('matching');
export const SUPERVISION_TOPIC = topicFor('supervision');
export const MATCHING_SESSIONS_CONSUMER = 'training.matching-sessions';
export const SUPERVISION_SESSIONS_CONSUMER = 'training.supervision-sessions';

/**
 * Practice and supervision hours for the accreditation ladder, from matching's and supervision's session events. Each
 * topic has its own consumer group, so a message stuck on one never holds up the other; the inbox applies each message
 * once, and the accreditation decider counts each source event once besides.
 */
@Injectable()
export class PracticeEvidenceConsumer implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private subscriptions: Subscription[] = [];
  private readonly logger = new Logger('PracticeEvidence');

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(TRANSPORT) private readonly transport: Transport,
    private readonly store: TrainingStore,
  ) {}

  async onModuleInit(): Promise<void> {
    await ensureInboxTable(this.pool);
  }

  async onApplicationBootstrap(): Promise<void> {
    // Training may start before matching or supervision ever published: subscribing needs the topics (and their DLQs).
    await this.transport.ensureTopics([MATCHING_TOPIC, SUPERVISION_TOPIC]);
    this.subscriptions = [
      await this.follow(MATCHING_TOPIC, MATCHING_SESSIONS_CONSUMER, (message, client) => this.applySession(decodeMatchingEvent(message.value), client)),
      await this.follow(SUPERVISION_TOPIC, SUPERVISION_SESSIONS_CONSUMER, (message, client) =>
        this.applySupervision(decodeSupervisionEvent(message.value), client),
      ),
    ];
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.stop()));
  }

  private follow(topic: string, consumer: string, work: InboxWork): Promise<Subscription> {
    return subscribeThroughInbox({ transport: this.transport, pool: this.pool, groupId: consumer, topics: [topic], work, log: this.logger });
  }

  private async applySession(message: MatchingEvent, client: PoolClient): Promise<void> {
    const evidence = coachingEvidenceOf(message);
    if (!evidence) return;
    await this.record(message.envelope, (events, correlationId) => recordCoachingHours(events, evidence, correlationId), client);
  }

  private async applySupervision(message: SupervisionEvent, client: PoolClient): Promise<void> {
    const evidence = supervisionEvidenceOf(message);
    if (!evidence) return;
    await this.record(message.envelope, (events, correlationId) => recordSupervisionHours(events, evidence, correlationId), client);
  }

  /** A decider refusal (an absurd length, a malformed date) is the producer's data, not a passing failure: dead-letter it. */
  private async record(
    envelope: EventEnvelope | undefined,
    write: (events: EventStore, correlationId: string) => Promise<void>,
    client: PoolClient,
  ): Promise<void> {
    const eventId = envelope?.eventId ?? '';
    try {
      await write(this.store.events.inTransaction(client), envelope?.correlationId || eventId);
    } catch (error) {
      if (error instanceof DomainError) throw new UnusableEvidenceError(eventId, error.message, { cause: error });
      throw error;
    }
  }
}
