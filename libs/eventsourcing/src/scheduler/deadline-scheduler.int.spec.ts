import { createTestDatabase, waitFor, type TestDatabase } from '@tapestry/testing';
import { DeadlineScheduler, type DeadlineSchedulerOptions } from './deadline-scheduler';
import type { DeadlineHandler } from './deadline.types';
import { cancelDeadline, findDeadline, pendingDeadlines, scheduleDeadline } from './deadlines';
import { DAY_MS, daysAfterStart, ensureFiredLog, firedLog, logFiring, ManualClock, RecordingLog } from './scheduler.fixtures';
import { ensureSchedulerTables } from './scheduler.sql';

jest.setTimeout(60_000);

describe('DeadlineScheduler', () => {
  let db: TestDatabase;
  let clock: ManualClock;
  let log: RecordingLog;

  beforeAll(async () => {
    db = await createTestDatabase('es_scheduler');
    await ensureSchedulerTables(db.pool);
    await ensureFiredLog(db.pool);
  });
  afterAll(() => db.drop());
  beforeEach(async () => {
    await db.pool.query('TRUNCATE scheduled_deadlines, fired_log');
    clock = new ManualClock();
    log = new RecordingLog();
  });

  const logIt: DeadlineHandler = (deadline, client) => logFiring(client, deadline.id);
  const schedulerWith = (handlers: Record<string, DeadlineHandler>, options: Partial<DeadlineSchedulerOptions> = {}) =>
    new DeadlineScheduler({ pool: db.pool, clock, handlers, log, pollIntervalMs: 20, batchSize: 3, maxAttempts: 3, ...options });
  const followUp = (relationshipId: string, days: number) =>
    scheduleDeadline(db.pool, {
      id: `chemistry-follow-up:${relationshipId}`,
      kind: 'chemistry-follow-up',
      subjectId: relationshipId,
      dueAt: daysAfterStart(days),
      payload: { relationshipId },
    });

  it('fires only what is due by its clock, once, passing the stored deadline to the handler', async () => {
    const seen: unknown[] = [];
    const scheduler = schedulerWith({
      'chemistry-follow-up': async (deadline, client) => {
        seen.push({ id: deadline.id, subjectId: deadline.subjectId, payload: deadline.payload, attempts: deadline.attempts });
        await logFiring(client, deadline.id);
      },
    });
    await followUp('r1', 21);
    await followUp('r2', 22);

    clock.advance(21 * DAY_MS - 1);
    expect(await scheduler.runDue()).toEqual({ fired: 0, failed: 0, retried: 0 });

    clock.advance(1);
    expect(await scheduler.runDue()).toEqual({ fired: 1, failed: 0, retried: 0 });
    expect(await scheduler.runDue()).toEqual({ fired: 0, failed: 0, retried: 0 });
    expect(seen).toEqual([{ id: 'chemistry-follow-up:r1', subjectId: 'r1', payload: { relationshipId: 'r1' }, attempts: 0 }]);
    expect(await findDeadline(db.pool, 'chemistry-follow-up:r1')).toMatchObject({ status: 'fired', firedAt: daysAfterStart(21), attempts: 1 });
    expect((await pendingDeadlines(db.pool)).map((d) => d.id)).toEqual(['chemistry-follow-up:r2']);

    clock.advance(DAY_MS);
    expect(await scheduler.runDue()).toEqual({ fired: 1, failed: 0, retried: 0 });
    expect(await firedLog(db.pool)).toEqual(['chemistry-follow-up:r1', 'chemistry-follow-up:r2']);
  });

  it('fires more deadlines than one batch holds in one pass', async () => {
    for (let n = 1; n <= 8; n++) await followUp(`r${n}`, n);
    clock.advance(30 * DAY_MS);

    expect(await schedulerWith({ 'chemistry-follow-up': logIt }).runDue()).toEqual({ fired: 8, failed: 0, retried: 0 });
    expect(await firedLog(db.pool)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `chemistry-follow-up:r${n}`));
  });

  it('survives a restart: a new scheduler on the same database fires what was scheduled before, then polls on its own', async () => {
    const before = schedulerWith({ 'chemistry-follow-up': logIt });
    before.start();
    await followUp('r1', 21);
    await before.stop();

    clock.advance(22 * DAY_MS);
    const after = schedulerWith({ 'chemistry-follow-up': logIt });
    after.start();
    try {
      await waitFor(async () => (await firedLog(db.pool)).length === 1, { description: 'the follow-up to fire after the restart' });
      await followUp('r2', 22);
      await waitFor(async () => (await firedLog(db.pool)).length === 2, { description: 'a deadline scheduled while running to fire' });
    } finally {
      await after.stop();
    }
    expect(await firedLog(db.pool)).toEqual(['chemistry-follow-up:r1', 'chemistry-follow-up:r2']);
  });

  it('does not fire a cancelled deadline', async () => {
    await followUp('r1', 1);
    await followUp('r2', 1);
    await cancelDeadline(db.pool, 'chemistry-follow-up:r1');
    clock.advance(2 * DAY_MS);

    expect(await schedulerWith({ 'chemistry-follow-up': logIt }).runDue()).toMatchObject({ fired: 1 });
    expect(await firedLog(db.pool)).toEqual(['chemistry-follow-up:r2']);
  });

  it('fires each deadline exactly once when two schedulers run at the same time', async () => {
    const count = 40;
    for (let n = 0; n < count; n++) await followUp(`r${n}`, n % 5);
    clock.advance(5 * DAY_MS);
    const slowly = (name: string): DeadlineHandler => async (deadline, client) => {
      await client.query('SELECT pg_sleep(0.005)');
      await logFiring(client, deadline.id, name);
    };
    const a = schedulerWith({ 'chemistry-follow-up': slowly('a') }, { batchSize: 7 });
    const b = schedulerWith({ 'chemistry-follow-up': slowly('b') }, { batchSize: 7 });

    const [fromA, fromB] = await Promise.all([a.runDue(), b.runDue()]);

    expect(fromA.fired + fromB.fired).toBe(count);
    const fired = await firedLog(db.pool);
    expect(fired).toHaveLength(count);
    expect(new Set(fired).size).toBe(count);
    const { rows } = await db.pool.query<{ by_scheduler: string; n: string }>('SELECT by_scheduler, count(*) AS n FROM fired_log GROUP BY by_scheduler');
    // Both took part, so the test really raced them.
    expect(rows.map((row) => row.by_scheduler).sort()).toEqual(['a', 'b']);
    expect(await pendingDeadlines(db.pool)).toEqual([]);
  });

  it('retries a failing handler on later passes, then marks it failed and logs it; the others still fire', async () => {
    await followUp('r1', 1);
    await followUp('r2', 2);
    clock.advance(3 * DAY_MS);
    const scheduler = schedulerWith({
      'chemistry-follow-up': async (deadline, client) => {
        if (deadline.subjectId === 'r1') throw new Error('mail server unreachable');
        await logFiring(client, deadline.id);
      },
    });

    expect(await scheduler.runDue()).toEqual({ fired: 1, failed: 0, retried: 1 });
    expect(await findDeadline(db.pool, 'chemistry-follow-up:r1')).toMatchObject({ status: 'pending', attempts: 1, lastError: 'mail server unreachable' });
    expect(await scheduler.runDue()).toEqual({ fired: 0, failed: 0, retried: 1 });
    expect(log.errors).toEqual([]);
    expect(await scheduler.runDue()).toEqual({ fired: 0, failed: 1, retried: 0 });
    expect(await scheduler.runDue()).toEqual({ fired: 0, failed: 0, retried: 0 });

    expect(await findDeadline(db.pool, 'chemistry-follow-up:r1')).toMatchObject({ status: 'failed', attempts: 3, lastError: 'mail server unreachable' });
    expect(log.warnings).toHaveLength(2);
    expect(log.errors).toEqual([expect.stringContaining('chemistry-follow-up:r1')]);
    expect(await firedLog(db.pool)).toEqual(['chemistry-follow-up:r2']);
  });

  it('rolls back the work of a handler that throws, and counts a kind with no handler as a failure', async () => {
    await followUp('r1', 1);
    await scheduleDeadline(db.pool, { id: 'mystery:1', kind: 'mystery', subjectId: 'x', dueAt: daysAfterStart(1) });
    clock.advance(DAY_MS);
    const scheduler = schedulerWith({
      'chemistry-follow-up': async (deadline, client) => {
        await logFiring(client, deadline.id);
        await scheduleDeadline(client, { id: 'escalate:r1', kind: 'escalate', subjectId: 'r1', dueAt: daysAfterStart(8) });
        throw new Error('failed after writing');
      },
    });

    expect(await scheduler.runDue()).toEqual({ fired: 0, failed: 0, retried: 2 });
    expect(await firedLog(db.pool)).toEqual([]);
    expect((await pendingDeadlines(db.pool)).map((d) => d.id)).toEqual(['chemistry-follow-up:r1', 'mystery:1']);
    expect(await findDeadline(db.pool, 'mystery:1')).toMatchObject({ lastError: 'no handler for deadline kind "mystery"' });
  });

  it('lets a handler schedule follow-on deadlines, or re-arm its own, in its transaction', async () => {
    await scheduleDeadline(db.pool, { id: 'no-session-nudge:r1', kind: 'no-session-nudge', subjectId: 'r1', dueAt: daysAfterStart(42) });
    await followUp('r1', 21);
    let nudges = 0;
    const scheduler = schedulerWith({
      'chemistry-follow-up': async (deadline, client) => {
        await scheduleDeadline(client, { id: `escalate:${deadline.subjectId}`, kind: 'escalate', subjectId: deadline.subjectId, dueAt: daysAfterStart(28) });
      },
      'no-session-nudge': async (deadline, client) => {
        nudges += 1;
        await scheduleDeadline(client, { ...deadline, dueAt: new Date(deadline.dueAt.getTime() + 42 * DAY_MS) });
      },
      escalate: logIt,
    });

    clock.advance(21 * DAY_MS);
    expect(await scheduler.runDue()).toMatchObject({ fired: 1 });
    expect((await pendingDeadlines(db.pool)).map((d) => [d.id, d.dueAt])).toEqual([
      ['escalate:r1', daysAfterStart(28)],
      ['no-session-nudge:r1', daysAfterStart(42)],
    ]);

    clock.advance(21 * DAY_MS);
    expect(await scheduler.runDue()).toMatchObject({ fired: 2 });
    expect(nudges).toBe(1);
    expect(await firedLog(db.pool)).toEqual(['escalate:r1']);
    expect(await findDeadline(db.pool, 'no-session-nudge:r1')).toMatchObject({ status: 'pending', dueAt: daysAfterStart(84) });
  });
});
