import type { Pool } from 'pg';
import { withTransaction } from '@tapestry/eventsourcing';
import type { ConsumerEvent, Transport } from '@tapestry/messaging';
import { ANALYTICS_TOPICS } from '../ingest/analytics-topics';
import { applyMessage } from '../ingest/apply-message';
import { ensureStarSchema, LIVE_SCHEMA, REBUILD_SCHEMA, type WarehouseSchema } from '../warehouse/star-schema';
import { ReplayProgress } from './replay-progress';

export interface RebuildOptions {
  pool: Pool;
  transport: Transport;
  /** Called after every message with how many of how many are done. */
  onProgress?: (done: number, total: number) => void;
  /** Consumer events (retries, dead letters) worth telling the person running the rebuild. */
  onConsumerEvent?: (event: ConsumerEvent) => void;
  pollMs?: number;
}

export interface RebuildResult {
  messages: number;
  seconds: number;
}

/**
 * Replays every context's topic from its beginning into a fresh schema and swaps it in for the live one in one
 * transaction, so queries see the old figures until the new ones are whole. Then it reads on to the topics' new ends
 * into the live schema: what the live consumer applied to the old schema during the replay is applied again to the new
 * one, and what both apply is applied once (the event ids are recorded with the data).
 */
export async function rebuildWarehouse({ pool, transport, onProgress, onConsumerEvent, pollMs = 100 }: RebuildOptions): Promise<RebuildResult> {
  const started = Date.now();
  await pool.query(`DROP SCHEMA IF EXISTS ${REBUILD_SCHEMA} CASCADE`);
  await ensureStarSchema(pool, REBUILD_SCHEMA);
  await ensureStarSchema(pool, LIVE_SCHEMA);
  await transport.ensureTopics(ANALYTICS_TOPICS);

  const progress = new ReplayProgress(await transport.latestOffsets(ANALYTICS_TOPICS));
  let target: WarehouseSchema = REBUILD_SCHEMA;
  let inFlight: Promise<unknown> = Promise.resolve();
  const subscription = await transport.subscribe({
    groupId: `analytics.rebuild.${started}`,
    topics: ANALYTICS_TOPICS,
    fromBeginning: true,
    handler: async (message) => {
      const work = inFlight.then(() => withTransaction(pool, (client) => applyMessage(client, target, message)));
      inFlight = work.catch(() => undefined);
      await work;
      progress.settle(message);
      onProgress?.(progress.messagesSettled, progress.total);
    },
    onEvent: (event) => {
      if (event.type === 'dead-lettered') progress.settle(event.position);
      onConsumerEvent?.(event);
    },
  });
  try {
    await until(() => progress.caughtUp(), pollMs);
    // Handlers queue behind `inFlight`, so none is writing while the schemas change names.
    const swap = inFlight.then(() => swapIntoLive(pool));
    inFlight = swap;
    await swap;
    target = LIVE_SCHEMA;
    progress.target(await transport.latestOffsets(ANALYTICS_TOPICS));
    await until(() => progress.caughtUp(), pollMs);
  } finally {
    await subscription.stop();
  }
  return { messages: progress.messagesSettled, seconds: (Date.now() - started) / 1000 };
}

async function swapIntoLive(pool: Pool): Promise<void> {
  await withTransaction(pool, async (client) => {
    await client.query(`DROP SCHEMA IF EXISTS ${LIVE_SCHEMA}_previous CASCADE`);
    await client.query(`ALTER SCHEMA ${LIVE_SCHEMA} RENAME TO ${LIVE_SCHEMA}_previous`);
    await client.query(`ALTER SCHEMA ${REBUILD_SCHEMA} RENAME TO ${LIVE_SCHEMA}`);
    await client.query(`DROP SCHEMA ${LIVE_SCHEMA}_previous CASCADE`);
  });
}

async function until(done: () => boolean, pollMs: number): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, pollMs));
}
