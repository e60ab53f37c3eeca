import type { Pool, PoolClient } from 'pg';
import { ProjectionRunner } from '../projections/projection-runner';
import { readCheckpoint } from '../projections/checkpoint-store';
import type { EventStore } from '../store/event-store';
import { PostgresEventStore } from '../store/postgres-event-store';
import { ensureEventStoreSchema } from '../store/schema.sql';
import { withSnapshot, withTransaction } from '../store/transaction';
import type { ReadModelProjection } from './read-model-projection';

/** How long a command waits for the read models to show its own writes before answering anyway. */
const READ_YOUR_WRITES_TIMEOUT_MS = 5_000;

export interface ServiceStoreOptions {
  /** Told when a projection's batch failed (it is retried) or read models lag behind a command. */
  log?: (message: string) => void;
  /** The service's clock: events are recorded at its time (see PostgresEventStoreOptions.now). */
  now?: () => Date;
}

/**
 * One service's event store and read models on its own database. Commands run in one transaction (several streams may
 * be appended atomically), then wait until every projection has applied them, so whoever issued a command reads their
 * own writes.
 */
export class ServiceStore {
  readonly events: PostgresEventStore;
  private readonly runners: ProjectionRunner[];
  private readonly log: (message: string) => void;

  constructor(
    readonly pool: Pool,
    private readonly projections: readonly ReadModelProjection[],
    options: ServiceStoreOptions = {},
  ) {
    this.log = options.log ?? ((message) => console.warn(message));
    this.events = new PostgresEventStore(pool, { now: options.now });
    this.runners = projections.map(
      (projection) =>
        new ProjectionRunner(pool, this.events, projection, {
          onError: (error, name) => this.log(`Projection ${name} failed a batch and will retry it: ${String(error)}`),
        }),
    );
  }

  /** Creates the event store and read-model tables, catches up, then follows new events. */
  async start(): Promise<void> {
    await ensureEventStoreSchema(this.pool);
    for (const projection of this.projections) await this.pool.query(projection.schema);
    await this.catchUp();
    for (const runner of this.runners) runner.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }

  /** Runs `work` in one transaction, then waits until the read models show what it wrote. */
  async transact<T>(work: (events: EventStore, client: PoolClient) => Promise<T>): Promise<T> {
    let transactionId = 0n;
    const result = await withTransaction(this.pool, async (client) => {
      const outcome = await work(this.events.inTransaction(client), client);
      const { rows } = await client.query<{ id: string | null }>('SELECT pg_current_xact_id_if_assigned()::text AS id');
      transactionId = BigInt(rows[0]?.id ?? 0);
      return outcome;
    });
    if (transactionId > 0n) await this.waitForReadModels(transactionId);
    return result;
  }

  /** Runs `work`'s reads of events and read models against one snapshot, so they agree with each other. */
  snapshot<T>(work: (events: EventStore, client: PoolClient) => Promise<T>): Promise<T> {
    return withSnapshot(this.pool, (client) => work(this.events.inTransaction(client), client));
  }

  /** Applies every committed event to every read model. */
  async catchUp(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.runOnce()));
  }

  private async waitForReadModels(transactionId: bigint): Promise<void> {
    const deadline = Date.now() + READ_YOUR_WRITES_TIMEOUT_MS;
    while (Date.now() < deadline) {
      await this.catchUp();
      const checkpoints = await Promise.all(this.projections.map((projection) => readCheckpoint(this.pool, projection.name)));
      if (checkpoints.every((checkpoint) => checkpoint.transactionId >= transactionId)) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    this.log(`Read models had not caught up with transaction ${transactionId} after ${READ_YOUR_WRITES_TIMEOUT_MS} ms`);
  }
}
