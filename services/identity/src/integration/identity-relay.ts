import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { ensureRelayCheckpointTable, OutboxRelay, type Publisher, type Transport } from '@tapestry/messaging';
import { PG_POOL, TRANSPORT } from '@tapestry/nest-kit';
import { IdentityStore } from '../infrastructure/identity-store';
import { encodeIdentityMessage, IDENTITY_TOPIC } from './identity-event-encoder';

/**
 * Publishes identity's public events from its event store (the outbox) to `tapestry.identity.v1`. Handlers never
 * publish: an event is on the topic only because it is in the store, so nothing is lost between the two.
 */
@Injectable()
export class IdentityRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private relay: OutboxRelay | undefined;
  private publisher: Publisher | undefined;
  private readonly logger = new Logger('IdentityRelay');

  constructor(
    private readonly store: IdentityStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(TRANSPORT) private readonly transport: Transport,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await ensureRelayCheckpointTable(this.pool);
    await this.transport.ensureTopics([IDENTITY_TOPIC]);
    this.publisher = await this.transport.createPublisher();
    this.relay = new OutboxRelay({
      name: 'identity',
      store: this.store.events,
      pool: this.pool,
      publisher: this.publisher,
      encode: encodeIdentityMessage,
      pollIntervalMs: 250,
      onError: (error) => this.logger.warn(`Relaying to ${IDENTITY_TOPIC} failed and will be retried: ${String(error)}`),
    });
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.publisher?.close();
  }
}
