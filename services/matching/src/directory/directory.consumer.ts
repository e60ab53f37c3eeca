import { Inject, Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { Pool } from 'pg';
import { decodeIdentityEvent, decodeSupervisionEvent, decodeTrainingEvent, topicFor } from '@tapestry/contracts';
import type { IncomingMessage, Transport } from '@tapestry/messaging';
import { InboxConsumer, PG_POOL, TRANSPORT } from '@tapestry/nest-kit';
import { ensureDirectoryTables } from './directory.tables';
import { applyIdentityEvent } from '@tapestry/people-directory';
import { applySupervisionEvent } from './supervision-events.apply';
import { applyTrainingEvent } from './training-events.apply';

export const IDENTITY_TOPIC = topicFor('identity');
export const TRAINING_TOPIC = topicFor('training');
export const SUPERVISION_TOPIC = topicFor('supervision');
export const DIRECTORY_CONSUMER = 'matching.directory';

/**
 * Keeps matching's directory (people, consortia, eligibility, releases, supervisors' pauses) from identity's,
 * training's and supervision's topics,
 * exactly once per message through the inbox. Matching never calls either service: the pool and the hard rules are
 * answered from here.
 */
@Injectable()
export class DirectoryConsumer extends InboxConsumer {
  constructor(
    @Inject(PG_POOL) pool: Pool,
    @Inject(TRANSPORT) transport: Transport,
  ) {
    super(pool, transport, { groupId: DIRECTORY_CONSUMER, topics: [IDENTITY_TOPIC, TRAINING_TOPIC, SUPERVISION_TOPIC], name: 'MatchingDirectory' });
  }

  protected override async prepare(): Promise<void> {
    await ensureDirectoryTables(this.pool);
  }

  protected async apply(message: IncomingMessage, client: PoolClient): Promise<void> {
    if (message.topic === IDENTITY_TOPIC) await applyIdentityEvent(client, decodeIdentityEvent(message.value));
    else if (message.topic === TRAINING_TOPIC) await applyTrainingEvent(client, decodeTrainingEvent(message.value));
    else if (message.topic === SUPERVISION_TOPIC) await applySupervisionEvent(client, decodeSupervisionEvent(message.value));
  }
}
