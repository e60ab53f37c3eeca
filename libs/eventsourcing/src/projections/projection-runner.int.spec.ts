import { createTestDatabase, waitFor, type TestDatabase } from '@tapestry/testing';
import { PostgresEventStore } from '../store/postgres-event-store';
import { ensureEventStoreSchema } from '../store/schema.sql';
import { applications, counterProjection, counterTotals, ensureCounterReadModel } from '../test-support/counter.projection';
import { readCheckpoint } from './checkpoint-store';
import { ProjectionRunner } from './projection-runner';

jest.setTimeout(60_000);

const metadata = { correlationId: 'corr-1' };

describe('ProjectionRunner', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    db = await createTestDatabase('es_projection');
    await ensureEventStoreSchema(db.pool);
    await ensureCounterReadModel(db.pool);
    store = new PostgresEventStore(db.pool);
  });
  afterEach(() => db.drop());

  const increment = (streamId: string, by: number) =>
    store.append(streamId, [{ type: 'Incremented', data: { by } }], { streamType: 'counter', expectedVersion: 'any', metadata });

  it('catches up, applying only the event types it handles, and moves its checkpoint past the rest', async () => {
    await increment('a', 2);
    await store.append('a', [{ type: 'Renamed', data: {} }], { streamType: 'counter', expectedVersion: 'any', metadata });
    await increment('b', 3);
    const runner = new ProjectionRunner(db.pool, store, counterProjection(), { batchSize: 2 });

    expect(await runner.runOnce()).toBe(3);
    expect(await counterTotals(db.pool)).toEqual({ a: 2, b: 3 });
    expect(await applications(db.pool)).toEqual({ once: 2, more: 0 });
    const [last] = (await store.readStream('b')).slice(-1);
    expect(await readCheckpoint(db.pool, 'counter-totals')).toEqual({ transactionId: last.transactionId, globalPosition: last.globalPosition });
    expect(await runner.runOnce()).toBe(0);
  });

  it('re-applies a batch that failed before commit exactly once, never twice', async () => {
    for (let n = 1; n <= 7; n++) await increment('a', n);
    let crashed = false;
    const crashOnFifth = counterProjection({
      beforeApply: (event) => {
        if (event.streamVersion === 5 && !crashed) {
          crashed = true;
          throw new Error('process died mid-batch');
        }
      },
    });
    const runner = new ProjectionRunner(db.pool, store, crashOnFifth, { batchSize: 3 });

    await expect(runner.runOnce()).rejects.toThrow('process died mid-batch');
    // Batch 1..3 committed; 4 was applied in the failed batch's transaction and rolled back with it.
    expect(await counterTotals(db.pool)).toEqual({ a: 1 + 2 + 3 });
    expect(await applications(db.pool)).toEqual({ once: 3, more: 0 });

    expect(await runner.runOnce()).toBe(4);
    expect(await counterTotals(db.pool)).toEqual({ a: 28 });
    expect(await applications(db.pool)).toEqual({ once: 7, more: 0 });
  });

  it('never applies a batch twice when two runners of one projection compete', async () => {
    for (let n = 1; n <= 40; n++) await increment(`s${n % 4}`, 1);
    const runners = [1, 2, 3].map(() => new ProjectionRunner(db.pool, store, counterProjection(), { batchSize: 5 }));
    await Promise.all(runners.map((runner) => runner.runOnce()));
    expect(await applications(db.pool)).toEqual({ once: 40, more: 0 });
    expect(await counterTotals(db.pool)).toEqual({ s0: 10, s1: 10, s2: 10, s3: 10 });
  });

  it('follows new events after start, resumes after a failed batch, stops, and restarts where it was', async () => {
    let failures = 0;
    const errors: unknown[] = [];
    const flaky = counterProjection({
      beforeApply: (event) => {
        if ((event.data as { by: number }).by === 13 && failures++ === 0) throw new Error('database hiccup');
      },
    });
    const runner = new ProjectionRunner(db.pool, store, flaky, { pollMs: 50, retryMs: 10, onError: (error) => errors.push(error) });
    runner.start();
    expect(() => runner.start()).toThrow(/already running/);
    await increment('a', 1);
    await increment('a', 13);
    await increment('b', 4);
    await waitFor(async () => (await counterTotals(db.pool)).b === 4, { description: 'the follower to apply every event' });
    await runner.stop();

    expect(await counterTotals(db.pool)).toEqual({ a: 14, b: 4 });
    expect(await applications(db.pool)).toEqual({ once: 3, more: 0 });
    expect(errors).toEqual([new Error('database hiccup')]);

    // Started again, it carries on from its stored checkpoint.
    await increment('a', 100);
    runner.start();
    await waitFor(async () => (await counterTotals(db.pool)).a === 114, { description: 'the restarted follower' });
    await runner.stop();
    expect(await applications(db.pool)).toEqual({ once: 4, more: 0 });
  });
});
