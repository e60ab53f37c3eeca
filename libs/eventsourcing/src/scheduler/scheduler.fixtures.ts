import type { Pool, PoolClient } from 'pg';
import type { SchedulerLog } from './deadline-scheduler';

export const DAY_MS = 86_400_000;
export const T0 = new Date('2026-03-02T09:00:00.000Z');

/** A clock the test moves by hand. */
export class ManualClock {
  private current = T0;
  now(): Date {
    return this.current;
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const daysAfterStart = (days: number) => new Date(T0.getTime() + days * DAY_MS);

/** Keeps what the scheduler logged so a test can tell a retry from a give-up. */
export class RecordingLog implements SchedulerLog {
  readonly warnings: string[] = [];
  readonly errors: string[] = [];
  warn(message: string): void {
    this.warnings.push(message);
  }
  error(message: string): void {
    this.errors.push(message);
  }
}

/** A table handlers write to, so a test sees which deadlines' work committed, and how often. */
export async function ensureFiredLog(pool: Pool): Promise<void> {
  await pool.query('CREATE TABLE IF NOT EXISTS fired_log (n bigserial PRIMARY KEY, deadline_id text NOT NULL, by_scheduler text NOT NULL)');
}

export async function logFiring(client: PoolClient, deadlineId: string, by = 'test'): Promise<void> {
  await client.query('INSERT INTO fired_log (deadline_id, by_scheduler) VALUES ($1, $2)', [deadlineId, by]);
}

export async function firedLog(pool: Pool): Promise<string[]> {
  const { rows } = await pool.query<{ deadline_id: string }>('SELECT deadline_id FROM fired_log ORDER BY n');
  return rows.map((row) => row.deadline_id);
}
