import {
  createTestDatabase,
  kafkaBrokers,
  startKafkaBrokerAt,
  stopKafkaBrokerAt,
  testKafkaEnvNames,
  uniqueTopicName,
  waitFor,
} from '@tapestry/testing';
import type { TestDatabase } from '@tapestry/testing';
import { KafkaTransport } from '../kafka/kafka-transport';
import type { KafkaTransportOptions } from '../kafka/kafka-transport';
import type { ConsumerEvent, OutgoingMessage, Publisher } from '../transport';
import { interleaved } from './contract-messages';
import { ContractReadModel } from './contract-read-model';
import { describeTransportContract } from './transport.contract';

jest.setTimeout(240_000);

let readModel: TestDatabase;

beforeAll(async () => {
  readModel = await createTestDatabase('kafka_read_model');
});

afterAll(async () => {
  await readModel?.drop();
});

function kafkaTransport(overrides: Partial<KafkaTransportOptions> = {}): KafkaTransport {
  return new KafkaTransport({
    brokers: kafkaBrokers(),
    clientId: 'messaging-contract',
    logLevel: 'nothing',
    retryBackoff: { initialMs: 20, maxMs: 200 },
    restartBackoff: { initialMs: 500, maxMs: 5_000 },
    sessionTimeoutMs: 10_000,
    ...overrides,
  });
}

describeTransportContract('kafka', () => ({
  openTransport: () => Promise.resolve(kafkaTransport()),
  readModelPool: () => readModel.pool,
}));

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through \`npm run test:int\`, whose global setup starts Kafka.`);
  return value;
}

/** restartTestKafka() in two halves, so the test can hold the broker down until the consumer has crashed. */
async function stopTestKafka(): Promise<void> {
  await stopKafkaBrokerAt(env(testKafkaEnvNames.dataDir));
}

async function startTestKafka(): Promise<void> {
  await startKafkaBrokerAt(
    env(testKafkaEnvNames.dataDir),
    Number(env(testKafkaEnvNames.port)),
    Number(env(testKafkaEnvNames.controllerPort)),
  );
}

/** What the relay does with a batch the broker did not take: try again until it does. */
async function publishUntilAccepted(publisher: Publisher, messages: OutgoingMessage[]): Promise<void> {
  await waitFor(
    async () => {
      await publisher.publish(messages);
      return true;
    },
    { timeoutMs: 180_000, intervalMs: 1_000, description: 'the broker to take the batch' },
  );
}

describe('kafka transport across a broker restart', () => {
  it('recovers by itself and lands every message exactly once in the inbox-fed read model', async () => {
    // The watchdog would also revive the consumer, after stallTimeoutMs; keep it out so the crash path is what is tested.
    const transport = kafkaTransport({ stallTimeoutMs: 600_000 });
    const topic = uniqueTopicName('restart');
    await transport.ensureTopics([topic], { partitions: 3 });
    const model = new ContractReadModel(readModel.pool, 'restart-consumer');
    await model.create();
    const events: ConsumerEvent[] = [];
    const subscription = await transport.subscribe({
      groupId: uniqueTopicName('restart-group'),
      topics: [topic],
      fromBeginning: true,
      handler: model.handler(),
      onEvent: (event) => events.push(event),
    });
    const publisher = await transport.createPublisher();
    const sent = interleaved(topic, ['person-a', 'person-b', 'person-c', 'person-d'], 10);
    try {
      await publisher.publish(sent.slice(0, 20));
      await waitFor(async () => (await model.rows()).length >= 20, { description: 'the first half' });

      // Down long enough for kafkajs to give up on the consumer, not just retry a request.
      await stopTestKafka();
      await waitFor(() => events.some((event) => event.type === 'consumer-crashed'), {
        timeoutMs: 120_000,
        description: 'kafkajs to give up on the consumer while the broker is down',
      });
      await startTestKafka();
      await publishUntilAccepted(publisher, sent.slice(20));

      await waitFor(async () => (await model.rows()).length >= sent.length, {
        timeoutMs: 180_000,
        intervalMs: 500,
        description: 'every message after the restart',
      });
      const rows = await model.rows();
      expect(rows).toHaveLength(sent.length);
      expect(new Set(rows.map((row) => row.eventId))).toEqual(new Set(sent.map((message) => message.headers['event-id'])));
      expect(model.workRuns).toBe(sent.length);
      expect(events.some((event) => event.type === 'consumer-restarted')).toBe(true);
    } finally {
      await subscription.stop();
      await publisher.close();
      await transport.close();
    }
  });
});
