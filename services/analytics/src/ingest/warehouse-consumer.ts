import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Pool } from 'pg';
import { withTransaction } from '@tapestry/eventsourcing';
import { describeConsumerEvent, type Subscription, type Transport } from '@tapestry/messaging';
import { PG_POOL, TRANSPORT } from '@tapestry/nest-kit';
import { ensureStarSchema, LIVE_SCHEMA } from '../warehouse/star-schema';
import { ANALYTICS_TOPICS, LIVE_GROUP } from './analytics-topics';
import { applyMessage } from './apply-message';

/** Keeps the live warehouse up to date from every context's topic, from the application's start to its shutdown. */
@Injectable()
export class WarehouseConsumer implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private subscription: Subscription | undefined;
  private readonly logger = new Logger('AnalyticsWarehouse');

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(TRANSPORT) private readonly transport: Transport,
  ) {}

  async onModuleInit(): Promise<void> {
    await ensureStarSchema(this.pool, LIVE_SCHEMA);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.transport.ensureTopics(ANALYTICS_TOPICS);
    this.subscription = await this.transport.subscribe({
      groupId: LIVE_GROUP,
      topics: ANALYTICS_TOPICS,
      fromBeginning: true,
      handler: async (message) => {
        await withTransaction(this.pool, (client) => applyMessage(client, LIVE_SCHEMA, message));
      },
      onEvent: (event) => {
        const line = describeConsumerEvent(event);
        if (line) this.logger.warn(line);
      },
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }
}
