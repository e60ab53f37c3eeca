import { Writable } from 'node:stream';
import { createTestDatabase, waitFor, type TestDatabase } from '@tapestry/testing';
import { runRebuildCli } from '../cli/rebuild';
import { PostgresEventStore } from '../store/postgres-event-store';
import { ensureEventStoreSchema } from '../store/schema.sql';
import { applications, counterProjection, counterTotals, ensureCounterReadModel } from '../test-support/counter.projection';
import { ProjectionRunner } from './projection-runner';
import { rebuildProjection } from './rebuild';

jest.setTimeout(60_000);

const metadata = { correlationId: 'corr-1' };

describe('rebuilding a projection from position 0', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    db = await createTestDatabase('es_rebuild');
    await ensureEventStoreSchema(db.pool);
    await ensureCounterReadModel(db.pool);
    store = new PostgresEventStore(db.pool);
  });
  afterEach(() => db.drop());

  const appendSome = async (count: number): Promise<void> => {
    for (let n = 1; n <= count; n++) {
      const event = n % 10 === 0 ? { type: 'WasReset', data: {} } : { type: 'Incremented', data: { by: n } };
      await store.append(`counter-${n % 5}`, [event], { streamType: 'counter', expectedVersion: 'any', metadata });
    }
  };

  it('produces the same read model as the live runner did', async () => {
    await appendSome(60);
    await new ProjectionRunner(db.pool, store, counterProjection()).runOnce();
    const live = await counterTotals(db.pool);

    const progress: number[] = [];
    const result = await rebuildProjection(db.pool, store, counterProjection(), { batchSize: 25, onProgress: (p) => progress.push(p.processed) });

    expect(result.processed).toBe(60);
    expect(progress).toEqual([25, 50, 60]);
    expect(await counterTotals(db.pool)).toEqual(live);
    expect(await applications(db.pool)).toEqual({ once: 60, more: 0 });
    expect(await new ProjectionRunner(db.pool, store, counterProjection()).runOnce()).toBe(0);
  });

  it('loses and repeats nothing when events arrive while it runs beside the live runner', async () => {
    await appendSome(40);
    const runner = new ProjectionRunner(db.pool, store, counterProjection(), { pollMs: 20, batchSize: 7 });
    runner.start();
    await Promise.all([rebuildProjection(db.pool, store, counterProjection(), { batchSize: 3 }), appendSome(40)]);
    const total = await store.countEvents();
    await waitFor(async () => (await applications(db.pool)).once === total, { description: 'the live runner to catch up after the rebuild' });
    await runner.stop();
    expect(await applications(db.pool)).toEqual({ once: 80, more: 0 });

    const live = await counterTotals(db.pool);
    await rebuildProjection(db.pool, store, counterProjection());
    expect(await counterTotals(db.pool)).toEqual(live);
  });

  it('refuses a projection without reset', async () => {
    const { reset: _reset, ...withoutReset } = counterProjection();
    await expect(rebuildProjection(db.pool, store, withoutReset)).rejects.toMatchObject({ code: 'NOT_REBUILDABLE' });
  });

  describe('the command line', () => {
    const output = () => {
      const chunks: string[] = [];
      const stdout = new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk.toString());
          done();
        },
      });
      return { stdout, text: () => chunks.join('') };
    };

    it('rebuilds the named projection with a progress bar and reports the rate', async () => {
      await appendSome(30);
      const { stdout, text } = output();
      const code = await runRebuildCli({ pool: db.pool, projections: [counterProjection()], argv: ['counter-totals'], stdout });
      expect(code).toBe(0);
      expect(text()).toMatch(/counter-totals \[.*\] 100% \| 30\/30 events/);
      expect(text()).toMatch(/Rebuilt counter-totals: 30 events in [\d.]+ s \(\d+ events\/s\)/);
      expect(await applications(db.pool)).toEqual({ once: 30, more: 0 });
    });

    it('leaves the read model as it was when the rebuild fails', async () => {
      await appendSome(30);
      await new ProjectionRunner(db.pool, store, counterProjection()).runOnce();
      const before = await counterTotals(db.pool);
      const failing = counterProjection({
        beforeApply: (event) => {
          if (event.globalPosition === 20n) throw new Error('bad event shape');
        },
      });
      const { stdout, text } = output();
      expect(await runRebuildCli({ pool: db.pool, projections: [failing], argv: ['--all'], stdout })).toBe(1);
      expect(text()).toContain('Rebuilding counter-totals failed, its read model is unchanged: bad event shape');
      expect(await counterTotals(db.pool)).toEqual(before);
    });

    it('explains bad arguments', async () => {
      const { stdout, text } = output();
      expect(await runRebuildCli({ pool: db.pool, projections: [counterProjection()], argv: ['people'], stdout })).toBe(2);
      expect(text()).toContain('Unknown projection(s): people. Known: counter-totals.');
    });
  });
});
