import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { KafkaHarnessError } from './kafka-harness.error';

/** A topic name no other test uses, so tests never see each other's messages. */
export function uniqueTopicName(prefix = 'test'): string {
  const safePrefix = prefix.replace(/[^a-zA-Z0-9.-]/g, '-').slice(0, 180);
  return `${safePrefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Creates a topic (replication factor 1) and returns once every partition has a leader. */
export async function createTopic(brokers: string[], name: string, partitions = 1): Promise<void> {
  const admin = new Kafka({ clientId: 'tapestry-test-harness', brokers, logLevel: logLevel.ERROR }).admin();
  await admin.connect();
  try {
    const created = await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: name, numPartitions: partitions, replicationFactor: 1 }],
    });
    if (!created) {
      throw new KafkaHarnessError('KAFKA_TOPIC_EXISTS', `Topic ${name} already exists; use uniqueTopicName() per test.`);
    }
  } finally {
    await admin.disconnect();
  }
}
