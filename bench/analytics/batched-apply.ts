import type { Pool } from 'pg';
import { withTransaction } from '@tapestry/eventsourcing';
import type { IncomingMessage, OutgoingMessage } from '@tapestry/messaging';
import { applyMessage } from '../../services/analytics/src/ingest/apply-message';
import { ensureStarSchema, LIVE_SCHEMA } from '../../services/analytics/src/warehouse/star-schema';
import type { BaselineMeasurement } from './raw-insert-baseline';

/**
 * What-if, not a contender: the warehouse's own applyMessage over the same messages, in time order, straight from
 * memory, committing once per `batch` messages. Shows what a rebuild costs without the bus and without a commit per
 * message; the gap to rebuildWarehouse is what batching would win.
 */
export async function batchedApply(pool: Pool, messages: readonly OutgoingMessage[], batch: number): Promise<BaselineMeasurement> {
  await ensureStarSchema(pool, LIVE_SCHEMA);
  const offsets = new Map<string, number>();
  const incoming: IncomingMessage[] = messages.map((message) => {
    const offset = offsets.get(message.topic) ?? 0;
    offsets.set(message.topic, offset + 1);
    return { topic: message.topic, partition: 0, offset: String(offset), key: message.key, value: Buffer.from(message.value), headers: message.headers };
  });
  const started = performance.now();
  for (let start = 0; start < incoming.length; start += batch) {
    await withTransaction(pool, async (client) => {
      for (const message of incoming.slice(start, start + batch)) await applyMessage(client, LIVE_SCHEMA, message);
    });
  }
  return { messages: incoming.length, seconds: (performance.now() - started) / 1000 };
}
