import type { Kafka } from 'kafkajs';
import { topicsToEnsure } from '../delivery/topic-names';
import type { EnsureTopicsOptions, MessagePosition } from '../transport';
import { kafkaError } from './kafka-errors';

const keptForever = [{ name: 'retention.ms', value: '-1' }];

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
      // Kept forever: the topics are the record other contexts (analytics above all) rebuild their read models from.
      topics: missing.map((topic) => ({ topic, numPartitions: options.partitions ?? defaultPartitions, configEntries: keptForever })),
    });
  } catch (error) {
    throw kafkaError('TOPIC_SETUP_FAILED', `Creating Kafka topics ${wanted.join(', ')}`, error);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Each existing partition's high-water mark: the offset its next message will get. */
export async function latestKafkaOffsets(kafka: Kafka, topics: readonly string[]): Promise<MessagePosition[]> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const positions: MessagePosition[] = [];
    for (const topic of topics.filter((name) => existing.has(name))) {
      for (const { partition, high } of await admin.fetchTopicOffsets(topic)) positions.push({ topic, partition, offset: high });
    }
    return positions;
  } catch (error) {
    throw kafkaError('OFFSETS_UNAVAILABLE', `Reading the latest offsets of ${topics.join(', ')}`, error);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
