import { Pool } from 'pg';
import { EmbeddedTransport, type OutgoingMessage, type Transport } from '@tapestry/messaging';
import { createTestDatabase, waitFor, type TestDatabase } from '@tapestry/testing';
import { ANALYTICS_TOPICS } from '../ingest/analytics-topics';
import { WarehouseConsumer } from '../ingest/warehouse-consumer';
import { LIVE_SCHEMA } from '../warehouse/star-schema';

/** A warehouse on its own database, fed by the live consumer from a fresh embedded bus (both real PostgreSQL). */
export class WarehouseHarness {
  private consumer: WarehouseConsumer | null = null;

  private constructor(
    readonly pool: Pool,
    readonly transport: Transport,
    private readonly busPool: Pool,
    private readonly databases: TestDatabase[],
  ) {}

  /** The settings the rebuild command line reads, as an operator would give them. */
  get environment(): Record<string, string> {
    const [analytics, bus] = this.databases;
    return { DATABASE_URL: analytics.url, TAPESTRY_TRANSPORT: 'embedded', BUS_DATABASE_URL: bus.url };
  }

  static async start(): Promise<WarehouseHarness> {
    const analytics = await createTestDatabase('analytics');
    const bus = await createTestDatabase('analytics_bus');
    const pool = new Pool({ connectionString: analytics.url, max: 6 });
    const busPool = new Pool({ connectionString: bus.url, max: 6 });
    const transport = await EmbeddedTransport.open({ pool: busPool, pollIntervalMs: 100 });
    await transport.ensureTopics(ANALYTICS_TOPICS);
    return new WarehouseHarness(pool, transport, busPool, [analytics, bus]);
  }

  async startConsumer(): Promise<void> {
    this.consumer = new WarehouseConsumer(this.pool, this.transport);
    await this.consumer.onModuleInit();
    await this.consumer.onApplicationBootstrap();
  }

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    const publisher = await this.transport.createPublisher();
    try {
      await publisher.publish(messages);
    } finally {
      await publisher.close();
    }
  }

  /** Waits until the live warehouse has applied `count` messages. */
  async waitForApplied(count: number): Promise<void> {
    await waitFor(
      async () => {
        const { rows } = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${LIVE_SCHEMA}.applied_messages`);
        return Number(rows[0].n) >= count;
      },
      { description: `${count} messages applied to the warehouse`, timeoutMs: 60_000 },
    );
  }

  async stop(): Promise<void> {
    await this.consumer?.onModuleDestroy();
    await this.transport.close();
    await this.busPool.end();
    await this.pool.end();
    await Promise.all(this.databases.map((database) => database.drop()));
  }
}
