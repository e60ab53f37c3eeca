import { Pool } from 'pg';
import { EmbeddedTransport, KafkaTransport, type OutgoingMessage, type Transport } from '@tapestry/messaging';
import { ANALYTICS_TOPICS } from '../../services/analytics/src/ingest/analytics-topics';

/** Where the messages travel: the embedded log in a database of its own, or a Kafka broker. */
export type BusAddress = { kind: 'embedded'; url: string } | { kind: 'kafka'; brokers: string[] };

export interface OpenBus {
  transport: Transport;
  close(): Promise<void>;
}

export async function openBus(address: BusAddress, clientId: string): Promise<OpenBus> {
  if (address.kind === 'kafka') {
    const transport = new KafkaTransport({ brokers: address.brokers, clientId });
    return { transport, close: () => transport.close() };
  }
  const pool = new Pool({ connectionString: address.url, max: 4 });
  const transport = await EmbeddedTransport.open({ pool });
  return {
    transport,
    close: async () => {
      await transport.close();
      await pool.end();
    },
  };
}

const PUBLISH_BATCH = 5_000;

/**
 * Publishes in batches, in time order. The rebuild replays everything on the topics, so they must start empty: a
 * broker that already holds analytics messages would make the figures mean something else.
 */
export async function publishAll(transport: Transport, messages: readonly OutgoingMessage[], onBatch: (done: number) => void): Promise<void> {
  await transport.ensureTopics(ANALYTICS_TOPICS);
  const existing = (await transport.latestOffsets(ANALYTICS_TOPICS)).reduce((sum, end) => sum + Number(end.offset), 0);
  if (existing > 0) {
    throw new Error(`The analytics topics already hold ${existing} messages; run the benchmark against an empty broker (see bench/analytics/README.md).`);
  }
  const publisher = await transport.createPublisher();
  try {
    for (let start = 0; start < messages.length; start += PUBLISH_BATCH) {
      await publisher.publish(messages.slice(start, start + PUBLISH_BATCH));
      onBatch(Math.min(messages.length, start + PUBLISH_BATCH));
    }
  } finally {
    await publisher.close();
  }
}
