import { createTestDatabase, type TestDatabase } from '@tapestry/testing';
import { ConcurrencyError } from '../store/errors';
import { PostgresEventStore } from '../store/postgres-event-store';
import { ensureEventStoreSchema } from '../store/schema.sql';
import type { EventStore } from '../store/event-store';
import { counterDecider } from '../test-support/counter.decider';
import { handleCommand } from './command-handler';

jest.setTimeout(60_000);

const metadata = { correlationId: 'corr-1' };
const increment = { type: 'Increment', by: 1, limit: 1000 } as const;

describe('handleCommand against PostgreSQL', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('es_commands');
    await ensureEventStoreSchema(db.pool);
    store = new PostgresEventStore(db.pool);
  });
  afterAll(() => db.drop());

  /** The real store, but another writer appends to the stream just before our first append lands. */
  const racedOnce = (): EventStore => {
    let raced = false;
    return {
      readStream: (streamId) => store.readStream(streamId),
      readAll: (options) => store.readAll(options),
      append: async (streamId, events, options) => {
        if (!raced) {
          raced = true;
          await handleCommand(store, counterDecider, streamId, 'counter', increment, metadata);
        }
        return store.append(streamId, events, options);
      },
    };
  };

  it('fails with a conflict, writing nothing, when the command does not allow retries', async () => {
    await expect(handleCommand(racedOnce(), counterDecider, 'counter-a', 'counter', { ...increment, by: 5 }, metadata)).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    expect((await store.readStream('counter-a')).map((event) => event.data)).toEqual([{ by: 1 }]);
  });

  it('decides again on the newer state and succeeds when retries are allowed', async () => {
    const result = await handleCommand(racedOnce(), counterDecider, 'counter-b', 'counter', { ...increment, by: 5 }, metadata, {
      retryOnConflict: true,
    });
    expect(result).toMatchObject({ nextExpectedVersion: 2, state: { status: 'counting', total: 6 } });
    expect((await store.readStream('counter-b')).map((event) => event.data)).toEqual([{ by: 1 }, { by: 5 }]);
  });

  it('keeps every one of many concurrent commands on one stream when they may retry', async () => {
    const commands = 6;
    await Promise.all(
      Array.from({ length: commands }, () =>
        handleCommand(store, counterDecider, 'counter-c', 'counter', increment, metadata, { retryOnConflict: true, retries: commands }),
      ),
    );
    expect((await store.readStream('counter-c')).map((event) => event.streamVersion)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('runs inside the caller’s transaction', async () => {
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      await handleCommand(store.inTransaction(client), counterDecider, 'counter-d', 'counter', increment, metadata);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await store.readStream('counter-d')).toEqual([]);
  });
});
