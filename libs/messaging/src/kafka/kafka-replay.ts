import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { ReplayOptions } from '../transport';
import { kafkaError } from './kafka-errors';
import { fromKafkaMessage } from './kafka-messages';

/**
 * Reads the topics from the beginning to `until` with a consumer group of its own that never commits, a batch at a
 * time, and stops once every partition has reached its end.
 */
export async function replayKafka(kafka: Kafka, { topics, until, from = [], handler, batchSize = 500 }: ReplayOptions): Promise<void> {
  const ends = new Map(until.filter((end) => topics.includes(end.topic)).map((end) => [`${end.topic}#${end.partition}`, BigInt(end.offset)]));
  const starts = new Map(from.map((start) => [`${start.topic}#${start.partition}`, BigInt(start.offset)]));
  const reached = new Set([...ends].filter(([id, end]) => end <= (starts.get(id) ?? 0n)).map(([id]) => id));
  if (reached.size === ends.size) return;
  const consumer = kafka.consumer({ groupId: `replay-${randomUUID()}`, maxBytesPerPartition: 4 * 1024 * 1024 });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [...new Set([...ends.keys()].map((id) => id.slice(0, id.lastIndexOf('#'))))], fromBeginning: true });
    let failed = false;
    await new Promise<void>((resolve, reject) => {
      const running = consumer.run({
        autoCommit: false,
          eachBatchAutoResolve: false,
          eachBatch: async (payload) => {
          const { batch } = payload;
            if (failed) return;
            const id = `${batch.topic}#${batch.partition}`;
            const end = ends.get(id) ?? 0n;
            const start = starts.get(id) ?? 0n;
            const wanted = batch.messages.filter((message) => BigInt(message.offset) >= start && BigInt(message.offset) < end);
            try {
              for (let first = 0; first < wanted.length; first += batchSize) {
                await handler(wanted.slice(first, first + batchSize).map((message) => fromKafkaMessage(batch.topic, batch.partition, message)));
                await payload.heartbeat();
              }
            } catch (error) {
              // The handler's failure ends the replay; kafkajs must not retry the batch behind the caller's back.
              failed = true;
              reject(new ReplayHandlerError(error));
              return;
            }
            const last = batch.messages.at(-1);
            if (last) payload.resolveOffset(last.offset);
            if (last && BigInt(last.offset) >= end - 1n) reached.add(id);
            if (reached.size === ends.size) resolve();
          },
        });
      running.catch(reject);
      // A later start is a seek; batches read before it takes hold are filtered above.
      for (const [id, offset] of starts) {
        if (offset === 0n) continue;
        try {
          consumer.seek({ topic: id.slice(0, id.lastIndexOf('#')), partition: Number(id.slice(id.lastIndexOf('#') + 1)), offset: offset.toString() });
        } catch {
          // Not joined yet: the filter above skips what comes before the start, only more slowly.
        }
      }
    });
  } catch (error) {
    if (error instanceof ReplayHandlerError) throw error.cause;
    throw kafkaError('SUBSCRIBE_FAILED', `Replaying ${topics.join(', ')}`, error);
  } finally {
    await consumer.disconnect().catch(() => undefined);
  }
}

/** The caller's own failure, passed back as it was rather than as a Kafka error. */
class ReplayHandlerError extends Error {
  constructor(override readonly cause: unknown) {
    super('The replay handler failed');
  }
}
