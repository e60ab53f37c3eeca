import type { Kafka } from 'kafkajs';
import { topicsToEnsure } from '../delivery/topic-names';
import type { EnsureTopicsOptions } from '../transport';
import { kafkaError } from './kafka-errors';

/** Creates the missing topics and waits until each partition has a leader. Topics that exist are left as they are. */
export async function ensureKafkaTopics(
  kafka: Kafka,
  topics: readonly string[],
  options: EnsureTopicsOptions,
  defaultPartitions: number,
): Promise<void> {
  const wanted = topicsToEnsure(topics, options);
  const admin = kafka.admin();
  try {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: options.partitions ?? defaultPartitions })),
    });
  } catch (error) {
    throw kafkaError('TOPIC_SETUP_FAILED', `Creating Kafka topics ${wanted.join(', ')}`, error);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
