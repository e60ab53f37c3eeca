import { createTestDatabase, type TestDatabase } from '@tapestry/testing';
import { withTransaction } from '../store/transaction';
import { SchedulerError } from './deadline.types';
import { cancelDeadline, cancelDeadlinesFor, findDeadline, pendingDeadlines, scheduleDeadline } from './deadlines';
import { daysAfterStart } from './scheduler.fixtures';
import { ensureSchedulerTables } from './scheduler.sql';

jest.setTimeout(60_000);

describe('scheduling deadlines', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('es_deadlines');
    await Promise.all([ensureSchedulerTables(db.pool), ensureSchedulerTables(db.pool)]);
  });
  afterAll(() => db.drop());
  beforeEach(() => db.pool.query('TRUNCATE scheduled_deadlines'));

  const chemistry = (relationshipId: string, days = 21) => ({
    id: `chemistry-follow-up:${relationshipId}`,
    kind: 'chemistry-follow-up',
    subjectId: relationshipId,
    dueAt: daysAfterStart(days),
    payload: { relationshipId },
  });

  it('keeps one deadline per id: scheduling again moves the pending one to its new due time', async () => {
    expect(await scheduleDeadline(db.pool, chemistry('r1'))).toBe('scheduled');
    expect(await scheduleDeadline(db.pool, { ...chemistry('r1', 28), payload: { relationshipId: 'r1', note: 'moved' } })).toBe('rescheduled');

    const pending = await pendingDeadlines(db.pool);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      id: 'chemistry-follow-up:r1',
      kind: 'chemistry-follow-up',
      subjectId: 'r1',
      dueAt: daysAfterStart(28),
      payload: { relationshipId: 'r1', note: 'moved' },
      status: 'pending',
      attempts: 0,
      lastError: null,
      firedAt: null,
    });
  });

  it('leaves a fired deadline alone unless asked to re-arm it', async () => {
    await scheduleDeadline(db.pool, chemistry('r1'));
    await db.pool.query(`UPDATE scheduled_deadlines SET status = 'fired', fired_at = now(), attempts = 1`);

    expect(await scheduleDeadline(db.pool, chemistry('r1', 50))).toBe('unchanged');
    expect(await findDeadline(db.pool, 'chemistry-follow-up:r1')).toMatchObject({ status: 'fired', dueAt: daysAfterStart(21) });

    expect(await scheduleDeadline(db.pool, { ...chemistry('r1', 50), rearm: true })).toBe('rescheduled');
    expect(await findDeadline(db.pool, 'chemistry-follow-up:r1')).toMatchObject({ status: 'pending', dueAt: daysAfterStart(50), attempts: 0, firedAt: null });
  });

  it('cancels one deadline by id, or every pending one about a subject', async () => {
    await scheduleDeadline(db.pool, chemistry('r1'));
    await scheduleDeadline(db.pool, chemistry('r2'));
    await scheduleDeadline(db.pool, { id: 'six-month-check:r2', kind: 'six-month-check', subjectId: 'r2', dueAt: daysAfterStart(182) });
    await scheduleDeadline(db.pool, { id: 'no-session-nudge:r2', kind: 'no-session-nudge', subjectId: 'r2', dueAt: daysAfterStart(42) });

    expect(await cancelDeadline(db.pool, 'chemistry-follow-up:r1')).toBe(true);
    expect(await cancelDeadline(db.pool, 'chemistry-follow-up:r1')).toBe(false);
    expect(await cancelDeadlinesFor(db.pool, 'r2', { kind: 'no-session-nudge' })).toBe(1);
    expect((await pendingDeadlines(db.pool)).map((d) => d.id)).toEqual(['chemistry-follow-up:r2', 'six-month-check:r2']);

    expect(await cancelDeadlinesFor(db.pool, 'r2')).toBe(2);
    expect(await pendingDeadlines(db.pool)).toEqual([]);
    expect(await findDeadline(db.pool, 'six-month-check:r2')).toMatchObject({ status: 'cancelled' });
    // A cancelled deadline is not brought back by replaying what scheduled it.
    expect(await scheduleDeadline(db.pool, chemistry('r1'))).toBe('unchanged');
  });

  it('filters pending deadlines by kind and subject, soonest first', async () => {
    await scheduleDeadline(db.pool, chemistry('r1', 30));
    await scheduleDeadline(db.pool, chemistry('r2', 10));
    await scheduleDeadline(db.pool, { id: 'six-month-check:r1', kind: 'six-month-check', subjectId: 'r1', dueAt: daysAfterStart(182) });

    expect((await pendingDeadlines(db.pool, { kind: 'chemistry-follow-up' })).map((d) => d.id)).toEqual([
      'chemistry-follow-up:r2',
      'chemistry-follow-up:r1',
    ]);
    expect((await pendingDeadlines(db.pool, { subjectId: 'r1' })).map((d) => d.id)).toEqual(['chemistry-follow-up:r1', 'six-month-check:r1']);
    expect(await pendingDeadlines(db.pool, { kind: 'six-month-check', subjectId: 'r2' })).toEqual([]);
  });

  it("schedules and cancels inside the caller's transaction, so a rollback takes them back", async () => {
    await scheduleDeadline(db.pool, chemistry('r1'));
    await expect(
      withTransaction(db.pool, async (client) => {
        await scheduleDeadline(client, chemistry('r2'));
        await cancelDeadline(client, 'chemistry-follow-up:r1');
        throw new Error('the command failed after scheduling');
      }),
    ).rejects.toThrow('the command failed');

    expect((await pendingDeadlines(db.pool)).map((d) => d.id)).toEqual(['chemistry-follow-up:r1']);
  });

  it('refuses a deadline without an id or with an invalid due date', async () => {
    await expect(scheduleDeadline(db.pool, { ...chemistry('r1'), id: ' ' })).rejects.toThrow(SchedulerError);
    await expect(scheduleDeadline(db.pool, { ...chemistry('r1'), dueAt: new Date('not a date') })).rejects.toMatchObject({ code: 'BAD_DEADLINE' });
    expect(await pendingDeadlines(db.pool)).toEqual([]);
  });
});
