import { Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { ensureInboxTable, type IncomingMessage, type Subscription, type Transport } from '@tapestry/messaging';
import { subscribeThroughInbox } from './inbox-subscription';

export interface InboxConsumerOptions {
  /** The consumer group, also the inbox's consumer name. */
  groupId: string;
  topics: string[];
  /** Names the consumer in the log. */
  name: string;
}

/**
 * A service's consumer of other contexts' topics, started and stopped with the Nest application: its tables and the
 * inbox are made at init, the subscription starts once every module is ready, and each message is applied once, in
 * the transaction that records it in the inbox. A subclass supplies `apply` and, when it keeps tables, `prepare`.
 */
export abstract class InboxConsumer implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private subscription: Subscription | undefined;
  private readonly logger: Logger;

  protected constructor(
    protected readonly pool: Pool,
    protected readonly transport: Transport,
    private readonly options: InboxConsumerOptions,
  ) {
    this.logger = new Logger(options.name);
  }

  /** Creates the tables `apply` writes to; idempotent. */
  protected prepare(): Promise<void> {
    return Promise.resolve();
  }

  protected abstract apply(message: IncomingMessage, client: PoolClient): Promise<void>;

  async onModuleInit(): Promise<void> {
    await this.prepare();
    await ensureInboxTable(this.pool);
  }

  async onApplicationBootstrap(): Promise<void> {
    const { groupId, topics } = this.options;
    this.subscription = await subscribeThroughInbox({
      transport: this.transport,
      pool: this.pool,
      groupId,
      topics,
      work: (message, client) => this.apply(message, client),
      log: this.logger,
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }
}
