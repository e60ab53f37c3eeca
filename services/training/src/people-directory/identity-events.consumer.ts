import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { Pool } from 'pg';
import { decodeIdentityEvent, topicFor } from '@tapestry/contracts';
import { ensureInboxTable, type IncomingMessage, type Subscription, type Transport } from '@tapestry/messaging';
import { PG_POOL, subscribeThroughInbox, TRANSPORT } from '@tapestry/nest-kit';
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
export class PeopleDirectoryConsumer implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private subscription: Subscription | undefined;
  private readonly logger = new Logger('PeopleDirectory');

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(TRANSPORT) private readonly transport: Transport,
    private readonly store: TrainingStore,
    private readonly clock: TrainingClock,
  ) {}

  async onModuleInit(): Promise<void> {
    await ensurePeopleDirectoryTables(this.pool);
    await ensureInboxTable(this.pool);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = await subscribeThroughInbox({
      transport: this.transport,
      pool: this.pool,
      groupId: PEOPLE_DIRECTORY_CONSUMER,
      topics: [IDENTITY_TOPIC],
      work: (message, client) => this.apply(message, client),
      log: this.logger,
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }

  private async apply(message: IncomingMessage, client: PoolClient): Promise<void> {
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
