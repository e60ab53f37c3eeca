import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { waitFor } from '@tapestry/testing';

/** Test-side looks at the broker with kafkajs itself, outside the transport under test. */
function probeClient(brokers: readonly string[]): Kafka {
  return new Kafka({ clientId: `delivery-probe-${randomUUID()}`, brokers: [...brokers], logLevel: logLevel.NOTHING });
}

/**
 * Waits until group `groupId` has committed, on every partition of `topic`, the offset after the last message there:
 * everything published so far has been handled.
 */
export async function waitUntilGroupCaughtUp(brokers: readonly string[], groupId: string, topic: string, timeoutMs: number): Promise<void> {
  const admin = probeClient(brokers).admin();
  await admin.connect();
  try {
    await waitFor(
      async () => {
        const ends = await admin.fetchTopicOffsets(topic);
        const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
        const committedAt = new Map(committed.partitions.map(({ partition, offset }) => [partition, offset]));
        return ends.every(({ partition, high }) => high === '0' || committedAt.get(partition) === high);
      },
      { timeoutMs, intervalMs: 250, description: `group ${groupId} to commit to the end of every partition of ${topic}` },
    );
  } finally {
    await admin.disconnect();
  }
}

/**
 * Moves group `groupId` back to the start of `topic`, as if none of its commits had landed: everything is delivered to
 * it again. Kafka refuses while the group has members, so this waits until a killed member's session has lapsed.
 */
export async function rewindGroup(brokers: readonly string[], groupId: string, topic: string, timeoutMs: number): Promise<void> {
  const admin = probeClient(brokers).admin();
  await admin.connect();
  try {
    await waitFor(
      async () => {
        await admin.resetOffsets({ groupId, topic, earliest: true });
        return true;
      },
      { timeoutMs, intervalMs: 500, description: `group ${groupId} to have no members left, so it can be rewound` },
    );
  } finally {
    await admin.disconnect();
  }
}

/**
 * Reads `topic` from the beginning with a throwaway consumer group until `wanted` accepts a message; resolves to that
 * message (its key, headers and raw value bytes).
 */
export async function readRawMessage(
  brokers: readonly string[],
  topic: string,
  wanted: (message: KafkaMessage) => boolean,
  timeoutMs: number,
): Promise<KafkaMessage> {
  const consumer = probeClient(brokers).consumer({ groupId: `delivery-probe-${randomUUID()}` });
  let found: KafkaMessage | undefined;
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        if (!found && wanted(message)) found = message;
        return Promise.resolve();
      },
    });
    return await waitFor(() => found, { timeoutMs, intervalMs: 100, description: `a matching message on ${topic}` });
  } finally {
    await consumer.disconnect();
  }
}
