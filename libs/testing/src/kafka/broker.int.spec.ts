import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort } from '@tapestry/embedded';
import { Kafka, logLevel } from 'kafkajs';
import type { Consumer, Producer } from 'kafkajs';
import { waitFor } from '../wait-for';
import { startKafkaBroker } from './broker';
import type { KafkaBrokerHandle } from './broker';
import { kafkaBrokers, restartTestKafka, testKafkaEnv } from './test-kafka';
import { createTopic, uniqueTopicName } from './topics';

jest.setTimeout(180_000);

interface Received {
  key: string;
  seq: number;
  partition: number;
  offset: number;
}

const keys = ['stream-a', 'stream-b', 'stream-c'];

function kafkaFor(broker: KafkaBrokerHandle): Kafka {
  // Retries long enough to ride out a broker restart; errors during it are expected, so stay quiet.
  return new Kafka({
    clientId: 'broker-int-spec',
    brokers: broker.brokers,
    logLevel: logLevel.NOTHING,
    retry: { initialRetryTime: 200, maxRetryTime: 2_000, retries: 40 },
  });
}

async function produce(producer: Producer, topic: string, from: number, count: number): Promise<void> {
  for (let seq = from; seq < from + count; seq += 1) {
    await producer.send({
      topic,
      acks: -1,
      messages: keys.map((key) => ({ key, value: String(seq) })),
    });
  }
}

async function consumeInto(consumer: Consumer, topic: string, received: Received[]): Promise<void> {
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: ({ partition, message }) => {
      received.push({
        key: message.key?.toString() ?? '',
        seq: Number(message.value?.toString()),
        partition,
        offset: Number(message.offset),
      });
      return Promise.resolve();
    },
  });
}

/** Every key's messages arrived once each, in the order sent; each partition was read from offset 0 without a gap. */
function expectInOrderOnce(received: Received[], perKey: number): void {
  expect(received).toHaveLength(keys.length * perKey);
  for (const key of keys) {
    const mine = received.filter((message) => message.key === key);
    expect(mine.map((message) => message.seq)).toEqual(Array.from({ length: perKey }, (_, seq) => seq));
    expect(new Set(mine.map((message) => message.partition)).size).toBe(1);
  }
  for (const partition of new Set(received.map((message) => message.partition))) {
    const offsets = received.filter((message) => message.partition === partition).map((message) => message.offset);
    expect(offsets).toEqual(Array.from({ length: offsets.length }, (_, offset) => offset));
  }
}

function portRefuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('startKafkaBroker on given ports', () => {
  let broker: KafkaBrokerHandle;
  let producer: Producer;
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    const port = await freePort();
    let controllerPort = await freePort();
    while (controllerPort === port) controllerPort = await freePort();
    broker = await startKafkaBroker({ port, controllerPort });
  });

  afterAll(async () => {
    await producer?.disconnect();
    for (const consumer of consumers) await consumer.disconnect();
    await broker?.stop();
  });

  it('delivers every message in order through an idempotent producer and a consumer group, across a restart', async () => {
    expect(broker.brokers).toEqual([`127.0.0.1:${broker.port}`]);
    const topic = uniqueTopicName('harness');
    await createTopic(broker.brokers, topic, 3);
    const kafka = kafkaFor(broker);

    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await produce(producer, topic, 0, 20);

    const groupId = uniqueTopicName('harness-group');
    const consumer = kafka.consumer({ groupId });
    consumers.push(consumer);
    await consumer.connect();
    const received: Received[] = [];
    await consumeInto(consumer, topic, received);
    await waitFor(() => received.length >= keys.length * 20, { timeoutMs: 60_000, description: 'first batch' });
    expectInOrderOnce(received, 20);

    const admin = kafka.admin();
    await admin.connect();
    const committedAll = async (): Promise<boolean> => {
      const [ends, [committed]] = await Promise.all([
        admin.fetchTopicOffsets(topic),
        admin.fetchOffsets({ groupId, topics: [topic] }),
      ]);
      // A partition no key hashed to has nothing to commit (its committed offset stays -1).
      return ends.every(
        ({ partition, high }) =>
          high === '0' || committed.partitions.find((p) => p.partition === partition)?.offset === high,
      );
    };
    await waitFor(committedAll, { timeoutMs: 30_000, description: 'offsets committed before restart' });
    await admin.disconnect();

    const brokerPid = (): string => readFileSync(join(broker.dataDir, 'kafka.pid'), 'utf8');
    const pidBeforeRestart = brokerPid();
    await broker.restart();
    expect(brokerPid()).not.toBe(pidBeforeRestart);

    // The same producer and consumer carry on: nothing lost, nothing delivered twice.
    await produce(producer, topic, 20, 20);
    await waitFor(() => received.length >= keys.length * 40, { timeoutMs: 90_000, description: 'second batch' });
    expectInOrderOnce(received, 40);

    // A new group reads the topic from disk: the restart kept every message.
    const replay = kafka.consumer({ groupId: uniqueTopicName('harness-replay') });
    consumers.push(replay);
    await replay.connect();
    const replayed: Received[] = [];
    await consumeInto(replay, topic, replayed);
    await waitFor(() => replayed.length >= keys.length * 40, { timeoutMs: 60_000, description: 'replay' });
    expectInOrderOnce(replayed, 40);
  });
});

describe('startKafkaBroker with defaults', () => {
  it('picks free ports and a temporary data dir, and stop() ends the broker and removes that dir', async () => {
    const broker = await startKafkaBroker();
    try {
      expect(broker.port).not.toBe(broker.controllerPort);
      expect(existsSync(broker.dataDir)).toBe(true);
      await createTopic(broker.brokers, uniqueTopicName('harness-defaults'), 1);
    } finally {
      await broker.stop();
    }
    expect(await portRefuses(broker.port)).toBe(true);
    expect(existsSync(broker.dataDir)).toBe(false);
  });
});

describe('restartTestKafka', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('restarts, from the exported variables alone, the broker another process started', async () => {
    const broker = await startKafkaBroker();
    try {
      Object.assign(process.env, testKafkaEnv(broker));
      expect(kafkaBrokers()).toEqual(broker.brokers);
      const topic = uniqueTopicName('harness-shared');
      await createTopic(kafkaBrokers(), topic, 2);
      const pidBefore = readFileSync(join(broker.dataDir, 'kafka.pid'), 'utf8');

      await restartTestKafka();

      expect(readFileSync(join(broker.dataDir, 'kafka.pid'), 'utf8')).not.toBe(pidBefore);
      const admin = new Kafka({ brokers: kafkaBrokers(), logLevel: logLevel.NOTHING }).admin();
      await admin.connect();
      try {
        expect(await admin.listTopics()).toContain(topic);
      } finally {
        await admin.disconnect();
      }
    } finally {
      await broker.stop();
    }
  });
});
