import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import {
  ensureEventStoreSchema,
  PostgresEventStore,
  ProjectionRunner,
  readCheckpoint,
  withTransaction,
  type EventStore,
} from '@tapestry/eventsourcing';
import { PG_POOL } from '@tapestry/nest-kit';
import { IDENTITY_PROJECTIONS } from '../read-model/identity-projections';

/** How long a command waits for the read models to show its own writes before answering anyway. */
const READ_YOUR_WRITES_TIMEOUT_MS = 5_000;

/**
 * Identity's event store and read models on its own database. Commands run in one transaction (several streams may be
 * appended atomically, e.g. a person and their email reservation), then wait until every projection has applied them,
 * so the person who issued a command reads their own writes.
 */
@Injectable()
export class IdentityStore implements OnModuleInit, OnModuleDestroy {
  readonly events: PostgresEventStore;
  private readonly runners: ProjectionRunner[];
  private readonly logger = new Logger('IdentityStore');

  constructor(@Inject(PG_POOL) readonly pool: Pool) {
    this.events = new PostgresEventStore(pool);
    this.runners = IDENTITY_PROJECTIONS.map(
      (projection) =>
        new ProjectionRunner(pool, this.events, projection, {
          onError: (error, name) => this.logger.error(`Projection ${name} failed a batch and will retry it: ${String(error)}`),
        }),
    );
  }

  async onModuleInit(): Promise<void> {
    await ensureEventStoreSchema(this.pool);
    for (const projection of IDENTITY_PROJECTIONS) await this.pool.query(projection.schema);
    await this.catchUp();
    for (const runner of this.runners) runner.start();
  }

  async onModuleDestroy(): Promise<void> {
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

  /** Applies every committed event to every read model. */
  async catchUp(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.runOnce()));
  }

  private async waitForReadModels(transactionId: bigint): Promise<void> {
    const deadline = Date.now() + READ_YOUR_WRITES_TIMEOUT_MS;
    while (Date.now() < deadline) {
      await this.catchUp();
      const checkpoints = await Promise.all(IDENTITY_PROJECTIONS.map((projection) => readCheckpoint(this.pool, projection.name)));
      if (checkpoints.every((checkpoint) => checkpoint.transactionId >= transactionId)) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    this.logger.warn(`Read models had not caught up with transaction ${transactionId} after ${READ_YOUR_WRITES_TIMEOUT_MS} ms`);
  }
}
