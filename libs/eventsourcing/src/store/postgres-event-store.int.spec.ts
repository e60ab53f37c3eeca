import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '@tapestry/testing';
import { ConcurrencyError, DuplicateEventError, InvalidAppendError } from './errors';
import { PostgresEventStore } from './postgres-event-store';
import { ensureEventStoreSchema } from './schema.sql';

jest.setTimeout(60_000);

const metadata = { correlationId: 'corr-1', actor: 'person-9', organisationId: 'org-1' };
const opened = (n: number) => ({ type: 'Opened', data: { n } });

describe('PostgresEventStore', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('es_store');
    await Promise.all([ensureEventStoreSchema(db.pool), ensureEventStoreSchema(db.pool), ensureEventStoreSchema(db.pool)]);
    store = new PostgresEventStore(db.pool);
  });
  afterAll(() => db.drop());

  const streamId = (): string => `account-${randomUUID()}`;

  it('appends a batch under consecutive versions and reads it back as stored', async () => {
    const id = streamId();
    const first = await store.append(id, [opened(1), opened(2)], { streamType: 'account', expectedVersion: 'no_stream', metadata });
    const second = await store.append(id, [opened(3)], { streamType: 'account', expectedVersion: 2, metadata });
    expect(first.nextExpectedVersion).toBe(2);
    expect(second).toEqual({ nextExpectedVersion: 3, lastGlobalPosition: first.lastGlobalPosition + 1n });

    const events = await store.readStream(id);
    expect(events.map((event) => [event.streamVersion, event.type, event.data])).toEqual([
      [1, 'Opened', { n: 1 }],
      [2, 'Opened', { n: 2 }],
      [3, 'Opened', { n: 3 }],
    ]);
    expect(events[0]).toMatchObject({ streamId: id, streamType: 'account', metadata, globalPosition: first.lastGlobalPosition - 1n });
    expect(events[0].transactionId).toBe(events[1].transactionId);
    expect(events[2].transactionId).toBeGreaterThan(events[0].transactionId);
    expect(events[0].recordedAt).toBeInstanceOf(Date);
    expect(await store.readStream(id, 2)).toHaveLength(1);
  });

  it('reads a long stream in version order', async () => {
    const id = streamId();
    const events = Array.from({ length: 12 }, (_, n) => opened(n));
    await store.append(id, events, { streamType: 'account', expectedVersion: 'no_stream', metadata });
    expect((await store.readStream(id)).map((event) => event.streamVersion)).toEqual(events.map((_, n) => n + 1));
  });

  it('reads an unknown stream as empty', async () => {
    expect(await store.readStream(streamId())).toEqual([]);
  });

  it('refuses an append whose expected version is behind or ahead of the stream', async () => {
    const id = streamId();
    await store.append(id, [opened(1), opened(2)], { streamType: 'account', expectedVersion: 'no_stream', metadata });
    for (const expectedVersion of ['no_stream', 0, 1, 5] as const) {
      await expect(store.append(id, [opened(9)], { streamType: 'account', expectedVersion, metadata })).rejects.toMatchObject({
        code: 'CONFLICT',
        actual: '2',
      });
    }
    expect(await store.readStream(id)).toHaveLength(2);
  });

  it('lets exactly one of two concurrent appenders with the same expected version win, writing nothing of the other', async () => {
    const id = streamId();
    await store.append(id, [opened(0)], { streamType: 'account', expectedVersion: 'no_stream', metadata });
    const pools = [new Pool({ connectionString: db.url, max: 1 }), new Pool({ connectionString: db.url, max: 1 })];
    try {
      const results = await Promise.allSettled(
        pools.map((pool, writer) =>
          new PostgresEventStore(pool).append(id, [opened(writer), opened(writer), opened(writer)], { streamType: 'account', expectedVersion: 1, metadata }),
        ),
      );
      const won = results.filter((result) => result.status === 'fulfilled');
      const lost = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toBeInstanceOf(ConcurrencyError);
      const writers = new Set((await store.readStream(id)).slice(1).map((event) => (event.data as { n: number }).n));
      expect(writers.size).toBe(1);
      expect(await store.readStream(id)).toHaveLength(4);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it("appends 'any' after whatever is there, even when such appends race", async () => {
    const id = streamId();
    await Promise.all([1, 2, 3, 4].map((n) => store.append(id, [opened(n)], { streamType: 'account', expectedVersion: 'any', metadata })));
    expect((await store.readStream(id)).map((event) => event.streamVersion)).toEqual([1, 2, 3, 4]);
  });

  it('answers a retry of an append that already committed with its first result, storing nothing twice', async () => {
    const id = streamId();
    const events = [1, 2].map((n) => ({ ...opened(n), eventId: randomUUID() }));
    const first = await store.append(id, events, { streamType: 'account', expectedVersion: 'no_stream', metadata });
    const retried = await store.append(id, events, { streamType: 'account', expectedVersion: 'no_stream', metadata });
    expect(retried).toEqual(first);
    expect(await store.readStream(id)).toHaveLength(2);
  });

  it('refuses an event id that was stored by a different append', async () => {
    const eventId = randomUUID();
    await store.append(streamId(), [{ ...opened(1), eventId }], { streamType: 'account', expectedVersion: 'no_stream', metadata });
    const other = streamId();
    await expect(store.append(other, [{ ...opened(1), eventId }], { streamType: 'account', expectedVersion: 'no_stream', metadata })).rejects.toBeInstanceOf(
      DuplicateEventError,
    );
    expect(await store.readStream(other)).toEqual([]);
  });

  it('refuses bad input before writing', async () => {
    await expect(store.append(streamId(), [], { streamType: 'account', expectedVersion: 'any', metadata })).rejects.toBeInstanceOf(InvalidAppendError);
  });

  describe('inside the caller’s transaction', () => {
    it('commits or rolls back with the caller’s other writes', async () => {
      await db.pool.query('CREATE TABLE IF NOT EXISTS side_effects (stream_id text PRIMARY KEY)');
      const [kept, dropped] = [streamId(), streamId()];
      for (const [id, end] of [[kept, 'COMMIT'], [dropped, 'ROLLBACK']] as const) {
        const client = await db.pool.connect();
        try {
          await client.query('BEGIN');
          await store.inTransaction(client).append(id, [opened(1)], { streamType: 'account', expectedVersion: 'no_stream', metadata });
          expect(await store.inTransaction(client).readStream(id)).toHaveLength(1);
          await client.query('INSERT INTO side_effects VALUES ($1)', [id]);
          await client.query(end);
        } finally {
          client.release();
        }
      }
      expect(await store.readStream(kept)).toHaveLength(1);
      expect(await store.readStream(dropped)).toEqual([]);
      const { rows } = await db.pool.query('SELECT stream_id FROM side_effects WHERE stream_id = ANY($1)', [[kept, dropped]]);
      expect(rows).toEqual([{ stream_id: kept }]);
    });

    it('leaves the transaction usable after a conflict', async () => {
      const id = streamId();
      await store.append(id, [opened(1)], { streamType: 'account', expectedVersion: 'no_stream', metadata });
      const client = await db.pool.connect();
      try {
        await client.query('BEGIN');
        await expect(store.appendInTransaction(client, id, [opened(2)], { streamType: 'account', expectedVersion: 'no_stream', metadata })).rejects.toBeInstanceOf(
          ConcurrencyError,
        );
        await store.appendInTransaction(client, id, [opened(2)], { streamType: 'account', expectedVersion: 1, metadata });
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      expect((await store.readStream(id)).map((event) => event.data)).toEqual([{ n: 1 }, { n: 2 }]);
    });
  });
});
