import { randomUUID } from 'node:crypto';
import { ensureEventStoreSchema, PostgresEventStore, START } from '@tapestry/eventsourcing';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import { ensureRelayCheckpointTable, KafkaTransport, OutboxRelay } from '@tapestry/messaging';
import { startKafkaBroker } from '@tapestry/testing';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { Pool } from 'pg';
import { registerRelayContender } from '../eventstore/relay';
import type { RelayContext, RelayMeasurement } from '../eventstore/relay';
import { encodePersonRegistered } from './identity-encoding';

const eventsPerStream = 100;
const sendBatch = 500;

/** BENCH_KAFKA_BROKERS reuses a running broker; otherwise each contender starts (and stops) a real one of its own. */
async function withBroker<T>(work: (brokers: string[]) => Promise<T>): Promise<T> {
  if (process.env.BENCH_KAFKA_BROKERS) return work(process.env.BENCH_KAFKA_BROKERS.split(','));
  const broker = await startKafkaBroker();
  try {
    return await work(broker.brokers);
  } finally {
    await broker.stop();
  }
}

/** A fresh store holding `count` PersonRegistered events (seeding is not measured). */
async function seededStore(context: RelayContext): Promise<{ pool: Pool; store: PostgresEventStore }> {
  const pool = new Pool({ connectionString: await context.createDatabase('bench_relay'), max: 4 });
  await ensureEventStoreSchema(pool);
  await ensureRelayCheckpointTable(pool);
  const store = new PostgresEventStore(pool, { notifyChannel: null });
  for (let appended = 0; appended < context.events; appended += eventsPerStream) {
    const events = Array.from({ length: Math.min(eventsPerStream, context.events - appended) }, () => ({
      type: 'PersonRegistered',
      data: {},
    }));
    await store.append(`person-${randomUUID()}`, events, {
      streamType: 'person',
      expectedVersion: 'no_stream',
      metadata: { correlationId: randomUUID(), organisationId: 'org-bench' },
    });
  }
  return { pool, store };
}

async function readEverything(store: PostgresEventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (let batch = await store.readAll({ after: START, limit: 5_000 }); batch.length > 0; ) {
    all.push(...batch);
    const last = batch[batch.length - 1];
    batch = await store.readAll({ after: { transactionId: last.transactionId, globalPosition: last.globalPosition }, limit: 5_000 });
  }
  return all;
}

async function measureRelay(context: RelayContext): Promise<RelayMeasurement> {
  const { pool, store } = await seededStore(context);
  try {
    return await withBroker(async (brokers) => {
      const transport = new KafkaTransport({ brokers, clientId: 'bench-relay', logLevel: 'error' });
      const topic = `bench-relay-${randomUUID()}`;
      await transport.ensureTopics([topic], { partitions: 3, withDeadLetterTopics: false });
      const publisher = await transport.createPublisher();
      const relay = new OutboxRelay({ name: topic, store, pool, publisher, encode: encodePersonRegistered(topic), batchSize: sendBatch });
      const started = process.hrtime.bigint();
      const events = await relay.runUntilCaughtUp();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      await transport.close();
      return { events, seconds };
    });
  } finally {
    await pool.end();
  }
}

/** The same messages from memory through a bare kafkajs producer configured like ours (idempotent, acks=all). */
async function measureBareProducer(context: RelayContext): Promise<RelayMeasurement> {
  const { pool, store } = await seededStore(context);
  const topic = `bench-bare-${randomUUID()}`;
  const messages = (await readEverything(store)).map(encodePersonRegistered(topic));
  await pool.end();
  return withBroker(async (brokers) => {
    const kafka = new Kafka({ clientId: 'bench-bare', brokers, logLevel: logLevel.ERROR });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3 }] });
    await admin.disconnect();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const started = process.hrtime.bigint();
    for (let from = 0; from < messages.length; from += sendBatch) {
      const batch = messages.slice(from, from + sendBatch).map((message) => ({
        key: message.key,
        value: Buffer.from(message.value),
        headers: Object.fromEntries(Object.entries(message.headers).filter(([, value]) => value !== undefined)),
      }));
      await producer.send({ topic, acks: -1, messages: batch });
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await producer.disconnect();
    return { events: messages.length, seconds };
  });
}

/** Adds the relay section's contenders to bench/eventstore: our relay, and bare kafkajs as the ceiling. */
export function registerMessagingRelayContenders(): void {
  registerRelayContender({ name: 'tapestry outbox relay', ceiling: false, run: measureRelay });
  registerRelayContender({ name: 'bare kafkajs producer', ceiling: true, run: measureBareProducer });
}
