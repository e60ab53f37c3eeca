import { createTestDatabase, waitFor } from '@tapestry/testing';
import type { TestDatabase } from '@tapestry/testing';
import { testMessage } from '../contract/contract-messages';
import type { ConsumerEvent, IncomingMessage, Transport } from '../transport';
import { EmbeddedTransport } from './embedded-transport';

jest.setTimeout(60_000);

let log: TestDatabase;
let transport: Transport;

beforeAll(async () => {
  log = await createTestDatabase('embedded_transport');
  transport = await EmbeddedTransport.open({ pool: log.pool, pollIntervalMs: 200, restartBackoff: { initialMs: 50, maxMs: 500 } });
});

afterAll(async () => {
  await transport?.close();
  await log?.drop();
});

async function consume(topic: string, groupId: string, events: ConsumerEvent[] = []) {
  const messages: IncomingMessage[] = [];
  const subscription = await transport.subscribe({
    groupId,
    topics: [topic],
    fromBeginning: true,
    onEvent: (event) => events.push(event),
    handler: (message) => {
      messages.push(message);
      return Promise.resolve();
    },
  });
  return { messages, subscription };
}

describe('embedded transport', () => {
  it('assigns offsets in commit order: a consumer reading during 8 concurrent publishers misses nothing', async () => {
    await transport.ensureTopics(['concurrent']);
    const { messages, subscription } = await consume('concurrent', 'concurrent-reader');
    const publishers = await Promise.all(Array.from({ length: 8 }, () => transport.createPublisher()));

    await Promise.all(
      publishers.map(async (publisher, writer) => {
        for (let seq = 0; seq < 25; seq += 1) await publisher.publish([testMessage('concurrent', `writer-${writer}`, seq)]);
      }),
    );
    await waitFor(() => messages.length >= 200, { description: '200 messages' });
    await subscription.stop();

    expect(messages.map((message) => Number(message.offset))).toEqual(Array.from({ length: 200 }, (_, offset) => offset));
    expect(new Set(messages.map((message) => message.headers['event-id'])).size).toBe(200);
  });

  it('starts a new group at the end of the topic unless asked to start from the beginning', async () => {
    await transport.ensureTopics(['latest']);
    const publisher = await transport.createPublisher();
    await publisher.publish([testMessage('latest', 'person-a', 0)]);
    const messages: IncomingMessage[] = [];
    const subscription = await transport.subscribe({
      groupId: 'latest-reader',
      topics: ['latest'],
      handler: (message) => {
        messages.push(message);
        return Promise.resolve();
      },
    });
    await publisher.publish([testMessage('latest', 'person-a', 1)]);
    await waitFor(() => messages.length >= 1, { description: 'the new message' });
    await subscription.stop();

    expect(messages.map((message) => message.offset)).toEqual(['1']);
  });

  it('refuses to publish to or subscribe to a topic that was never created', async () => {
    const publisher = await transport.createPublisher();

    await expect(publisher.publish([testMessage('never-created', 'person-a', 0)])).rejects.toMatchObject({ code: 'UNKNOWN_TOPIC' });
    await expect(consume('never-created', 'nobody')).rejects.toMatchObject({ code: 'UNKNOWN_TOPIC' });
  });

  it('keeps consuming after its database connections are cut', async () => {
    await transport.ensureTopics(['cut']);
    const events: ConsumerEvent[] = [];
    const { messages, subscription } = await consume('cut', 'cut-reader', events);
    const publisher = await transport.createPublisher();
    await publisher.publish([testMessage('cut', 'person-a', 0)]);
    await waitFor(() => messages.length >= 1, { description: 'the first message' });

    await log.pool.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    await waitFor(
      async () => {
        await publisher.publish([testMessage('cut', 'person-a', 1)]);
        return true;
      },
      { description: 'a publish after the cut' },
    );
    await waitFor(() => messages.length >= 2, { description: 'the message after the cut' });
    await subscription.stop();

    expect(messages.map((message) => message.offset)).toEqual(['0', '1']);
  });
});
