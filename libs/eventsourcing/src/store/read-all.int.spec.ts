import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import { createTestDatabase, waitFor, type TestDatabase } from '@tapestry/testing';
import { START, type RecordedEvent } from './event.types';
import type { BatchHandler } from './follow';
import { PostgresEventStore } from './postgres-event-store';
import { ensureEventStoreSchema } from './schema.sql';

jest.setTimeout(120_000);

const metadata = { correlationId: 'corr-1' };
const collectInto =
  (seen: RecordedEvent[]): BatchHandler =>
  (events) => {
    seen.push(...events);
    return Promise.resolve();
  };
const tick = (writer: number, n: number) => ({ type: 'Ticked', data: { writer, n } });

describe('reading the whole store by checkpoint', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    db = await createTestDatabase('es_read_all');
    await ensureEventStoreSchema(db.pool);
    store = new PostgresEventStore(db.pool);
  });
  afterEach(() => db.drop());

  it('does not read past a transaction that holds an earlier position open, and reads it once it commits', async () => {
    const slow = await db.pool.connect();
    try {
      await slow.query('BEGIN');
      await store.appendInTransaction(slow, 'slow', [tick(0, 1)], { streamType: 'tick', expectedVersion: 'no_stream', metadata });
      await store.append('fast', [tick(1, 1)], { streamType: 'tick', expectedVersion: 'no_stream', metadata });

      // A reader by position alone would see 'fast' now and move past the slow event's smaller position for good.
      const { rows } = await db.pool.query<{ stream_id: string; global_position: string }>('SELECT stream_id, global_position FROM events');
      expect(rows).toEqual([{ stream_id: 'fast', global_position: '2' }]);
      expect(await store.readAll({ after: START, limit: 10 })).toEqual([]);

      await slow.query('COMMIT');
    } finally {
      slow.release();
    }
    const events = await store.readAll({ after: START, limit: 10 });
    expect(events.map((event) => [event.streamId, event.globalPosition])).toEqual([
      ['slow', 1n],
      ['fast', 2n],
    ]);
    expect(await store.readAll({ after: { transactionId: events[0].transactionId, globalPosition: 1n }, limit: 10 })).toEqual([events[1]]);
  });

  it('gives eight concurrent writers’ events to a follower exactly once each, none skipped', async () => {
    const writers = 8;
    const transactionsPerWriter = 60;
    const eventsPerTransaction = (writer: number, n: number): number => 1 + ((writer + n) % 3);
    const expectedIds = new Set<string>();
    const seen: RecordedEvent[] = [];

    const controller = new AbortController();
    const following = store.follow(START, collectInto(seen), { signal: controller.signal, pollMs: 200, batchSize: 50 });

    // Opened first, so its transaction id and its position are below every writer's; it commits only when they are done.
    const slow = await db.pool.connect();
    await slow.query('BEGIN');
    const slowEvent = { ...tick(-1, 0), eventId: randomUUID() };
    expectedIds.add(slowEvent.eventId);
    const slowAppend = await store.appendInTransaction(slow, 'slow', [slowEvent], { streamType: 'tick', expectedVersion: 'no_stream', metadata });

    const pools = Array.from({ length: writers }, () => new Pool({ connectionString: db.url, max: 2 }));
    try {
      await Promise.all(
        pools.map(async (pool, writer) => {
          const writerStore = new PostgresEventStore(pool);
          for (let n = 0; n < transactionsPerWriter; n++) {
            const events = Array.from({ length: eventsPerTransaction(writer, n) }, () => ({ ...tick(writer, n), eventId: randomUUID() }));
            events.forEach((event) => expectedIds.add(event.eventId));
            const options = { streamType: 'tick', expectedVersion: n === 0 ? ('no_stream' as const) : ('any' as const), metadata };
            if (n % 4 !== 0) {
              await writerStore.append(`writer-${writer}`, events, options);
              continue;
            }
            // Every fourth commit dawdles inside its transaction, widening the window in which later positions commit first.
            const client = await pool.connect();
            try {
              await client.query('BEGIN');
              await writerStore.appendInTransaction(client, `writer-${writer}`, events, options);
              await sleep(n % 8 === 0 ? 5 : 1);
              await client.query('COMMIT');
            } finally {
              client.release();
            }
          }
        }),
      );
      const committedPastSlow = await db.pool.query<{ count: string }>('SELECT count(*) FROM events WHERE global_position > $1', [
        slowAppend.lastGlobalPosition.toString(),
      ]);
      expect(Number(committedPastSlow.rows[0].count)).toBe(expectedIds.size - 1);
      // While the slow transaction is open the follower must not have moved beyond it.
      expect(seen).toEqual([]);
      await slow.query('COMMIT');
    } finally {
      slow.release();
      await Promise.all(pools.map((pool) => pool.end()));
    }

    await waitFor(() => seen.length >= expectedIds.size, { description: `${expectedIds.size} events followed` });
    controller.abort();
    await following;

    const seenIds = seen.map((event) => event.eventId);
    expect(new Set(seenIds).size).toBe(seenIds.length);
    expect(new Set(seenIds)).toEqual(expectedIds);
    expect(seen[0].eventId).toBe(slowEvent.eventId);
    const checkpoints = seen.map((event) => [event.transactionId, event.globalPosition] as const);
    checkpoints.slice(1).forEach(([transactionId, position], index) => {
      const [previousTransaction, previousPosition] = checkpoints[index];
      expect(transactionId > previousTransaction || (transactionId === previousTransaction && position > previousPosition)).toBe(true);
    });
  });

  it('wakes a follower on a notification and stops on abort', async () => {
    const controller = new AbortController();
    const seen: RecordedEvent[] = [];
    // A poll far longer than the test: only the notification can deliver the event in time.
    const following = store.follow(START, collectInto(seen), { signal: controller.signal, pollMs: 600_000 });
    await waitFor(async () => {
      const { rows } = await db.pool.query<{ count: string }>('SELECT count(*) FROM pg_stat_activity WHERE query LIKE $1', ['LISTEN%']);
      return Number(rows[0].count) > 0;
    });
    await store.append('s', [tick(0, 1)], { streamType: 'tick', expectedVersion: 'no_stream', metadata });
    await waitFor(() => seen.length === 1, { timeoutMs: 10_000, description: 'the notified event' });
    controller.abort();
    await expect(following).resolves.toEqual({ transactionId: seen[0].transactionId, globalPosition: seen[0].globalPosition });
  });
});
