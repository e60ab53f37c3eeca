import { Inject, Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { Pool } from 'pg';
import { decodeIdentityEvent, topicFor } from '@tapestry/contracts';
import type { IncomingMessage, Transport } from '@tapestry/messaging';
import { InboxConsumer, PG_POOL, TRANSPORT } from '@tapestry/nest-kit';
import { TrainingClock } from '../infrastructure/training-clock';
import { TrainingStore } from '../infrastructure/training-store';
import { systemMetadata } from '../eligibility/recompute-eligibility';
import { applyIdentityEvent } from './people-directory.apply';
import { ensurePeopleDirectoryTables } from './people-directory.tables';
import { followPersonChange } from './person-change.reactions';

export const IDENTITY_TOPIC = topicFor('identity');
export const PEOPLE_DIRECTORY_CONSUMER = 'training.people-directory';

/**
 * Keeps training's people directory from `tapestry.identity.v1`, exactly once per message through the inbox. A new
 * line manager or a leaver changes the person's approvals and eligibility in the same transaction as the directory.
 */
@Injectable()
export class PeopleDirectoryConsumer extends InboxConsumer {
  constructor(
    @Inject(PG_POOL) pool: Pool,
    @Inject(TRANSPORT) transport: Transport,
    private readonly store: TrainingStore,
    private readonly clock: TrainingClock,
  ) {
    super(pool, transport, { groupId: PEOPLE_DIRECTORY_CONSUMER, topics: [IDENTITY_TOPIC], name: 'PeopleDirectory' });
  }

  protected override async prepare(): Promise<void> {
    await ensurePeopleDirectoryTables(this.pool);
  }

  protected async apply(message: IncomingMessage, client: PoolClient): Promise<void> {
    const identityEvent = decodeIdentityEvent(message.value);
    const change = await applyIdentityEvent(client, identityEvent);
    if (!change) return;
    const metadata = {
      ...systemMetadata('people-directory', change.organisationId, identityEvent.envelope?.eventId),
      ...(identityEvent.envelope?.correlationId ? { correlationId: identityEvent.envelope.correlationId } : {}),
    };
    await followPersonChange(this.store.events.inTransaction(client), client, change, this.clock.now(), metadata);
  }
}
