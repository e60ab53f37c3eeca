import { randomUUID } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import { protoFilePath, protoRoot } from '@tapestry/contracts';
import { ensureEventStoreSchema, PostgresEventStore } from '@tapestry/eventsourcing';
import { createTestDatabase, kafkaBrokers, uniqueTopicName, waitFor } from '@tapestry/testing';
import type { TestDatabase } from '@tapestry/testing';
import { Root } from 'protobufjs';
import { EmbeddedTransport } from '../embedded/embedded-transport';
import { KafkaTransport } from '../kafka/kafka-transport';
import type { IncomingMessage, Publisher, Transport } from '../transport';
import { encodeTestIdentityEvent } from './identity-test-encoding';
import { OutboxRelay } from './outbox-relay';
import { ensureRelayCheckpointTable, loadRelayCheckpoint } from './relay-checkpoints';

jest.setTimeout(120_000);

let storeDb: TestDatabase;
let logDb: TestDatabase;
let store: PostgresEventStore;

beforeAll(async () => {
  storeDb = await createTestDatabase('relay_store');
  logDb = await createTestDatabase('relay_log');
  await ensureEventStoreSchema(storeDb.pool);
  await ensureRelayCheckpointTable(storeDb.pool);
  store = new PostgresEventStore(storeDb.pool);
});

afterAll(async () => {
  await storeDb?.drop();
  await logDb?.drop();
});

/** Decodes with nothing but the .proto files, as a consumer outside this codebase would. */
function decodeWithProtoFileOnly(value: Buffer): Record<string, unknown> {
  const root = new Root();
  root.resolvePath = (_origin, target) => (isAbsolute(target) ? target : join(protoRoot, target));
  const type = root.loadSync(protoFilePath('identity'), { keepCase: true }).lookupType('tapestry.identity.v1.IdentityEvent');
  return type.toObject(type.decode(value), { longs: String, enums: String, oneofs: true });
}

async function registerPeople(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const personId = `person-${randomUUID()}`;
    ids.push(personId);
    await store.append(
      personId,
      [
        { type: 'PersonRegistered', data: { organisationId: 'org-1', name: `Person ${index}`, email: `p${index}@example.nhs.uk` } },
        { type: 'ReflectionRecorded', data: { text: 'private: never leaves the service' } },
      ],
      { streamType: 'person', expectedVersion: 'no_stream', metadata: { correlationId: `corr-${index}`, organisationId: 'org-1' } },
    );
  }
  return ids;
}

const transports: [string, () => Promise<Transport>][] = [
  ['embedded', () => EmbeddedTransport.open({ pool: logDb.pool, pollIntervalMs: 200 })],
  ['kafka', () => Promise.resolve(new KafkaTransport({ brokers: kafkaBrokers(), clientId: 'relay-spec', logLevel: 'nothing' }))],
];

describe.each(transports)('outbox relay to the %s transport', (_name, openTransport) => {
  let transport: Transport;
  let topic: string;
  let received: IncomingMessage[];

  beforeEach(async () => {
    transport = await openTransport();
    topic = uniqueTopicName('relay');
    await transport.ensureTopics([topic]);
    received = [];
    await transport.subscribe({
      groupId: `${topic}-reader`,
      topics: [topic],
      fromBeginning: true,
      handler: (message) => {
        received.push(message);
        return Promise.resolve();
      },
    });
  });

  afterEach(async () => {
    await transport.close();
  });

  function relayTo(publisher: Publisher): OutboxRelay {
    return new OutboxRelay({ name: topic, store, pool: storeDb.pool, publisher, encode: encodeTestIdentityEvent(topic), batchSize: 7 });
  }

  it('publishes the public events keyed by stream, in store order per partition, that decode with the .proto file alone', async () => {
    const publisher = await transport.createPublisher();
    const people = await registerPeople(10);

    const published = await relayTo(publisher).runUntilCaughtUp();
    await waitFor(() => people.every((person) => received.some((message) => message.key === person)), { description: '10 relayed events' });

    expect(published).toBeGreaterThanOrEqual(10);
    const mine = received.filter((message) => people.includes(message.key));
    expect(mine.map((message) => message.key).sort()).toEqual([...people].sort());
    for (const partition of new Set(mine.map((message) => message.partition))) {
      const order = mine.filter((message) => message.partition === partition).map((message) => people.indexOf(message.key));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    const first = mine.find((message) => message.key === people[0]);
    expect(first?.headers).toMatchObject({ 'event-type': 'PersonRegistered', 'correlation-id': 'corr-0', 'organisation-id': 'org-1', 'schema-version': '1' });
    expect(decodeWithProtoFileOnly(first?.value ?? Buffer.alloc(0))).toMatchObject({
      event: 'person_registered',
      envelope: { event_id: first?.headers['event-id'], event_type: 'PersonRegistered', stream_id: people[0], stream_version: '1' },
      person_registered: { person_id: people[0], display_name: 'Person 0', shift_pattern: 'SHIFT_PATTERN_ROTATING' },
    });
    expect(received.some((message) => message.headers['event-type'] === 'ReflectionRecorded')).toBe(false);
    await publisher.close();
  });

  it('moves its checkpoint only after the publish was acknowledged, so a failed publish is sent again', async () => {
    const publisher = await transport.createPublisher();
    let failNext = true;
    const flaky: Publisher = {
      publish: (messages) => {
        if (!failNext) return publisher.publish(messages);
        failNext = false;
        return Promise.reject(new Error('broker unreachable'));
      },
      close: () => publisher.close(),
    };
    await relayTo(publisher).runUntilCaughtUp();
    const relay = relayTo(flaky);
    const before = await loadRelayCheckpoint(storeDb.pool, topic);
    const people = await registerPeople(3);

    await expect(relay.runOnce()).rejects.toThrow('broker unreachable');
    expect(await loadRelayCheckpoint(storeDb.pool, topic)).toEqual(before);
    await relay.runUntilCaughtUp();

    await waitFor(() => people.every((person) => received.some((message) => message.key === person)), { description: 'the retried events' });
    await publisher.close();
  });

  it('relays in the background once started, woken by appends', async () => {
    const publisher = await transport.createPublisher();
    const relay = new OutboxRelay({
      name: topic,
      store,
      pool: storeDb.pool,
      publisher,
      encode: encodeTestIdentityEvent(topic),
      pollIntervalMs: 60_000,
    });
    await relay.runUntilCaughtUp();
    relay.start();
    try {
      const people = await registerPeople(2);
      relay.wake();
      await waitFor(() => people.every((person) => received.some((message) => message.key === person)), { description: 'the woken relay' });
    } finally {
      await relay.stop();
      await publisher.close();
    }
  });
});
