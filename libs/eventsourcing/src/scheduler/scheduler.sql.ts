import type { Queryable } from '../store/transaction';

export const SCHEDULER_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS scheduled_deadlines (
  deadline_id text PRIMARY KEY,
  kind text NOT NULL,
  subject_id text NOT NULL,
  due_at timestamptz NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'fired', 'cancelled', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  fired_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS scheduled_deadlines_due_idx ON scheduled_deadlines (due_at, deadline_id) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS scheduled_deadlines_subject_idx ON scheduled_deadlines (subject_id) WHERE status = 'pending';
`;

/**
 * Creates the scheduler's table when missing; safe from every process at start-up. The lock and the DDL travel as one
 * simple-protocol query, which PostgreSQL runs as one implicit transaction, so the lock is held across the DDL even on
 * an autocommit pool (concurrent `CREATE TABLE IF NOT EXISTS` can still collide in the catalog).
 */
export async function ensureSchedulerTables(db: Queryable): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('tapestry.scheduler.schema'));\n${SCHEDULER_SCHEMA_SQL}`);
}

export interface DeadlineRow {
  deadline_id: string;
  kind: string;
  subject_id: string;
  due_at: Date;
  payload: Record<string, unknown>;
  status: 'pending' | 'fired' | 'cancelled' | 'failed';
  attempts: number;
  last_error: string | null;
  fired_at: Date | null;
  created_at: Date;
}

export const DEADLINE_COLUMNS = 'deadline_id, kind, subject_id, due_at, payload, status, attempts, last_error, fired_at, created_at';
