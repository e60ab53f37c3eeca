import { Inject, Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { Pool } from 'pg';
import { decodeIdentityEvent, decodeMatchingEvent, topicFor } from '@tapestry/contracts';
import type { IncomingMessage, Transport } from '@tapestry/messaging';
import { InboxConsumer, PG_POOL, TRANSPORT } from '@tapestry/nest-kit';
import { applyIdentityEvent } from '@tapestry/people-directory';
import { matchingFactOf } from './matching-fact-of';
import { ensureSupervisionDirectoryTables } from './supervision-directory.tables';
import { caseloadStreamId, type CaseloadFactEvent } from '../caseloads/caseload-facts.projection';
import { SupervisionStore } from '../infrastructure/supervision-store';

export const IDENTITY_TOPIC = topicFor('identity');
export const MATCHING_TOPIC = topicFor('matching');
export const SUPERVISION_DIRECTORY_CONSUMER = 'supervision.directory';

/**
 * Keeps supervision's people directory from identity's topic, and records each caseload fact from matching's topic as
 * supervision's own event (projected into caseload_facts), once per message through the inbox.
 */
@Injectable()
export class SupervisionDirectoryConsumer extends InboxConsumer {
  constructor(
    @Inject(PG_POOL) pool: Pool,
    @Inject(TRANSPORT) transport: Transport,
    private readonly store: SupervisionStore,
  ) {
    super(pool, transport, { groupId: SUPERVISION_DIRECTORY_CONSUMER, topics: [IDENTITY_TOPIC, MATCHING_TOPIC], name: 'SupervisionDirectory' });
  }

  protected override async prepare(): Promise<void> {
    await ensureSupervisionDirectoryTables(this.pool);
  }

  protected async apply(message: IncomingMessage, client: PoolClient): Promise<void> {
    if (message.topic === IDENTITY_TOPIC) {
      await applyIdentityEvent(client, decodeIdentityEvent(message.value));
      return;
    }
    const decoded = decodeMatchingEvent(message.value);
    const fact = matchingFactOf(decoded);
    if (!fact) return;
    const sourceEventId = decoded.envelope?.eventId ?? message.headers['event-id'] ?? '';
    const received: CaseloadFactEvent = { type: 'MatchingFactReceived', data: { sourceEventId, fact } };
    await this.store.events.inTransaction(client).append(caseloadStreamId(fact.coachId), [received], {
      streamType: 'caseload',
      expectedVersion: 'any',
      metadata: { correlationId: decoded.envelope?.correlationId || sourceEventId, causationId: sourceEventId, actor: 'system:matching', organisationId: fact.organisationId, schemaVersion: 1 },
    });
  }
}
