import type { Queryable } from '../store/transaction';
import { SchedulerError, type Deadline, type ScheduleDeadlineInput, type ScheduleOutcome } from './deadline.types';
import { DEADLINE_COLUMNS, type DeadlineRow } from './scheduler.sql';

export function deadlineOf(row: DeadlineRow): Deadline {
  return {
    id: row.deadline_id,
    kind: row.kind,
    subjectId: row.subject_id,
    dueAt: row.due_at,
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    firedAt: row.fired_at,
    createdAt: row.created_at,
  };
}

function checkInput({ id, kind, subjectId, dueAt }: ScheduleDeadlineInput): void {
  for (const [name, value] of Object.entries({ id, kind, subjectId })) {
    if (typeof value !== 'string' || value.trim() === '') throw new SchedulerError('BAD_DEADLINE', `A deadline needs a non-empty ${name}.`);
  }
  if (!(dueAt instanceof Date) || Number.isNaN(dueAt.getTime())) {
    throw new SchedulerError('BAD_DEADLINE', `Deadline ${id} needs a valid dueAt date.`);
  }
}

/**
 * Schedules a deadline, or moves a pending one to its new due time and payload (its attempts start again). A deadline
 * that fired, was cancelled or failed stays as it is unless `rearm` is set: replaying the event that scheduled a
 * follow-up must not send the follow-up twice. Pass the caller's transaction client to schedule atomically with it.
 */
export async function scheduleDeadline(db: Queryable, input: ScheduleDeadlineInput): Promise<ScheduleOutcome> {
  checkInput(input);
  const { rows } = await db.query<{ inserted: boolean }>(
    `INSERT INTO scheduled_deadlines (deadline_id, kind, subject_id, due_at, payload)
     VALUES ($1, $2, $3, $4, $5::jsonb)
     ON CONFLICT (deadline_id) DO UPDATE
       SET kind = EXCLUDED.kind, subject_id = EXCLUDED.subject_id, due_at = EXCLUDED.due_at, payload = EXCLUDED.payload,
           status = 'pending', attempts = 0, last_error = NULL, fired_at = NULL
       WHERE scheduled_deadlines.status = 'pending' OR $6::boolean
     RETURNING (xmax = 0) AS inserted`,
    [input.id, input.kind, input.subjectId, input.dueAt, JSON.stringify(input.payload ?? {}), input.rearm === true],
  );
  if (rows.length === 0) return 'unchanged';
  return rows[0].inserted ? 'scheduled' : 'rescheduled';
}

/** Cancels a pending deadline; true when there was one to cancel. */
export async function cancelDeadline(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE scheduled_deadlines SET status = 'cancelled' WHERE deadline_id = $1 AND status = 'pending'`,
    [id],
  );
  return (rowCount ?? 0) > 0;
}

/** Cancels every pending deadline about a subject (of one kind when given); returns how many. */
export async function cancelDeadlinesFor(db: Queryable, subjectId: string, options: { kind?: string } = {}): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE scheduled_deadlines SET status = 'cancelled'
     WHERE subject_id = $1 AND status = 'pending' AND ($2::text IS NULL OR kind = $2)`,
    [subjectId, options.kind ?? null],
  );
  return rowCount ?? 0;
}

/** Pending deadlines, soonest first, optionally of one kind and/or about one subject. */
export async function pendingDeadlines(db: Queryable, filter: { kind?: string; subjectId?: string } = {}): Promise<Deadline[]> {
  const { rows } = await db.query<DeadlineRow>(
    `SELECT ${DEADLINE_COLUMNS} FROM scheduled_deadlines
     WHERE status = 'pending' AND ($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR subject_id = $2)
     ORDER BY due_at, deadline_id`,
    [filter.kind ?? null, filter.subjectId ?? null],
  );
  return rows.map(deadlineOf);
}

/** One deadline whatever its status (to see whether it fired, failed or was cancelled), or undefined. */
export async function findDeadline(db: Queryable, id: string): Promise<Deadline | undefined> {
  const { rows } = await db.query<DeadlineRow>(`SELECT ${DEADLINE_COLUMNS} FROM scheduled_deadlines WHERE deadline_id = $1`, [id]);
  return rows.length > 0 ? deadlineOf(rows[0]) : undefined;
}
