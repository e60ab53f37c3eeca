import type { Pool, PoolClient } from 'pg';
import { withTransaction } from '@tapestry/eventsourcing';
import { isRetriable, type IncomingMessage, type MessagePosition, type Transport } from '@tapestry/messaging';
import { ANALYTICS_TOPICS } from '../ingest/analytics-topics';
import { applyMessage } from '../ingest/apply-message';
import { ensureStarSchema, LIVE_SCHEMA, REBUILD_SCHEMA, type WarehouseSchema } from '../warehouse/star-schema';

export interface RebuildOptions {
  pool: Pool;
  transport: Transport;
  /** Called after every batch with how many of how many messages are done. */
  onProgress?: (done: number, total: number) => void;
  /** A message that does not decode: the live consumer dead-lettered it when it arrived; the rebuild passes over it. */
  onSkipped?: (message: IncomingMessage, error: unknown) => void;
  batchSize?: number;
}

export interface RebuildResult {
  messages: number;
  skipped: number;
  seconds: number;
}

const total = (positions: readonly MessagePosition[]): number => positions.reduce((sum, position) => sum + Number(position.offset), 0);

/**
 * Replays every context's topic from its beginning into a fresh schema, a batch per transaction, and swaps it in for
 * the live one in one transaction, so queries see the old figures until the new ones are whole. Then it replays what
 * arrived meanwhile into the live schema: what the live consumer applied to the old schema during the rebuild is
 * applied again to the new one, and what both apply is applied once (the event ids are recorded with the data).
 */
export async function rebuildWarehouse({ pool, transport, onProgress, onSkipped, batchSize = 500 }: RebuildOptions): Promise<RebuildResult> {
  const started = Date.now();
  await pool.query(`DROP SCHEMA IF EXISTS ${REBUILD_SCHEMA} CASCADE`);
  await ensureStarSchema(pool, REBUILD_SCHEMA);
  await ensureStarSchema(pool, LIVE_SCHEMA);
  await transport.ensureTopics(ANALYTICS_TOPICS);

  let done = 0;
  let skipped = 0;
  const ends = await transport.latestOffsets(ANALYTICS_TOPICS);
  let expected = total(ends);
  const applyInto = (schema: WarehouseSchema) => async (batch: IncomingMessage[]) => {
    skipped += await applyBatch(pool, schema, batch, onSkipped);
    done += batch.length;
    onProgress?.(done, Math.max(expected, done));
  };
  await transport.replay({ topics: ANALYTICS_TOPICS, until: ends, batchSize, handler: applyInto(REBUILD_SCHEMA) });
  await swapIntoLive(pool);
  const later = await transport.latestOffsets(ANALYTICS_TOPICS);
  expected = total(later);
  await transport.replay({ topics: ANALYTICS_TOPICS, from: ends, until: later, batchSize, handler: applyInto(LIVE_SCHEMA) });
  return { messages: done, skipped, seconds: (Date.now() - started) / 1000 };
}

/**
 * One transaction for the batch. Should a message in it not decode, the batch is applied again a message at a time,
 * each behind a savepoint, and that message alone is passed over. Any other failure (the database) fails the rebuild,
 * leaving the live warehouse as it was.
 */
async function applyBatch(pool: Pool, schema: WarehouseSchema, batch: IncomingMessage[], onSkipped: RebuildOptions['onSkipped']): Promise<number> {
  try {
    await withTransaction(pool, async (client) => {
      for (const message of batch) await applyMessage(client, schema, message);
    });
    return 0;
  } catch (error) {
    if (isRetriable(error)) throw error;
  }
  return withTransaction(pool, async (client) => {
    let skipped = 0;
    for (const message of batch) {
      if (!(await appliedBehindSavepoint(client, schema, message, onSkipped))) skipped += 1;
    }
    return skipped;
  });
}

async function appliedBehindSavepoint(client: PoolClient, schema: WarehouseSchema, message: IncomingMessage, onSkipped: RebuildOptions['onSkipped']): Promise<boolean> {
  await client.query('SAVEPOINT message');
  try {
    await applyMessage(client, schema, message);
    await client.query('RELEASE SAVEPOINT message');
    return true;
  } catch (error) {
    if (isRetriable(error)) throw error;
    await client.query('ROLLBACK TO SAVEPOINT message');
    onSkipped?.(message, error);
    return false;
  }
}

async function swapIntoLive(pool: Pool): Promise<void> {
  await withTransaction(pool, async (client) => {
    await client.query(`DROP SCHEMA IF EXISTS ${LIVE_SCHEMA}_previous CASCADE`);
    await client.query(`ALTER SCHEMA ${LIVE_SCHEMA} RENAME TO ${LIVE_SCHEMA}_previous`);
    await client.query(`ALTER SCHEMA ${REBUILD_SCHEMA} RENAME TO ${LIVE_SCHEMA}`);
    await client.query(`DROP SCHEMA ${LIVE_SCHEMA}_previous CASCADE`);
  });
}
