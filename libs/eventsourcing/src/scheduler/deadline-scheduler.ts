import type { Pool, PoolClient } from 'pg';
import { withTransaction } from '../store/transaction';
import { SchedulerError, type DeadlineHandler } from './deadline.types';
import { deadlineOf } from './deadlines';
import { DEADLINE_COLUMNS, type DeadlineRow } from './scheduler.sql';

/** Where the scheduler reports retries and give-ups; a NestJS Logger or the console fits. */
export interface SchedulerLog {
  warn(message: string): void;
  error(message: string): void;
}

export interface DeadlineSchedulerOptions {
  pool: Pool;
  /** Injected so tests move time without waiting; a deadline is due when due_at <= clock.now(). */
  clock: { now(): Date };
  /** One handler per deadline kind. A deadline of a kind with no handler counts as a failed attempt. */
  handlers: Record<string, DeadlineHandler>;
  /** Pause between passes while started (default 5 s). */
  pollIntervalMs?: number;
  /** How many due deadlines one query fetches; a pass keeps fetching until none are left (default 100). */
  batchSize?: number;
  /** Handler attempts before a deadline is marked failed and left alone (default 5). */
  maxAttempts?: number;
  log?: SchedulerLog;
}

/** What one pass did. `retried`: the handler threw and the deadline stays pending for a later pass. */
export interface RunDueResult {
  fired: number;
  failed: number;
  retried: number;
}

type Outcome = 'fired' | 'failed' | 'retried' | 'skipped';

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new SchedulerError('BAD_OPTIONS', `${name} must be a whole number of at least 1, got ${value}.`);
  return value;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Fires deadlines stored in `scheduled_deadlines` once they are due. The table is the only truth: a timer merely
 * decides when to look, so a restart, or a second instance, loses and duplicates nothing. Each deadline fires in its
 * own transaction holding its row lock (`FOR UPDATE SKIP LOCKED`, so concurrent instances pass over it), and its
 * handler's writes commit together with the mark that it fired.
 */
export class DeadlineScheduler {
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly log: SchedulerLog;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private started = false;

  constructor(private readonly options: DeadlineSchedulerOptions) {
    this.pollIntervalMs = positiveInteger('pollIntervalMs', options.pollIntervalMs ?? 5000);
    this.batchSize = positiveInteger('batchSize', options.batchSize ?? 100);
    this.maxAttempts = positiveInteger('maxAttempts', options.maxAttempts ?? 5);
    this.log = options.log ?? console;
  }

  /**
   * Fires every pending deadline due by the clock's now, one transaction each; one that throws does not stop the
   * rest. A deadline whose handler failed is tried again on a later pass, not in this one.
   */
  async runDue(): Promise<RunDueResult> {
    const now = this.options.clock.now();
    const result: RunDueResult = { fired: 0, failed: 0, retried: 0 };
    // Deadlines this pass already tried or found locked by another instance, so it does not loop on them.
    const passed = new Set<string>();
    for (;;) {
      const { rows } = await this.options.pool.query<{ deadline_id: string }>(
        `SELECT deadline_id FROM scheduled_deadlines
         WHERE status = 'pending' AND due_at <= $1 AND NOT (deadline_id = ANY($2::text[]))
         ORDER BY due_at, deadline_id LIMIT $3`,
        [now, [...passed], this.batchSize],
      );
      if (rows.length === 0) return result;
      for (const { deadline_id: id } of rows) {
        passed.add(id);
        const outcome = await this.fire(id, now);
        if (outcome !== 'skipped') result[outcome] += 1;
      }
    }
  }

  /** Polls runDue every pollIntervalMs until stop(), starting at once so a restart catches up with what fell due. */
  start(): void {
    if (this.started) throw new SchedulerError('ALREADY_RUNNING', 'The deadline scheduler is already started: stop it first.');
    this.started = true;
    this.tick();
  }

  /** Stops polling, and waits for a pass in progress to finish. */
  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    const pass = this.runDue()
      .catch((error: unknown) => this.log.warn(`A pass of the deadline scheduler failed and will run again: ${describe(error)}`))
      .finally(() => {
        this.running = undefined;
        if (!this.started) return;
        this.timer = setTimeout(() => this.tick(), this.pollIntervalMs);
        // Polling alone must not keep a process alive that is otherwise done.
        this.timer.unref();
      });
    this.running = pass;
  }

  private async fire(id: string, now: Date): Promise<Outcome> {
    try {
      return await withTransaction(this.options.pool, (client) => this.fireLocked(client, id, now));
    } catch (error) {
      // Only the scheduler's own statements reach here (a lost connection): nothing was recorded, so it stays pending.
      this.log.warn(`Deadline ${id} could not be fired and will be tried again: ${describe(error)}`);
      return 'retried';
    }
  }

  private async fireLocked(client: PoolClient, id: string, now: Date): Promise<Outcome> {
    const { rows } = await client.query<DeadlineRow & { row_version: string }>(
      `SELECT ${DEADLINE_COLUMNS}, xmin::text AS row_version FROM scheduled_deadlines
       WHERE deadline_id = $1 AND status = 'pending' AND due_at <= $2
       FOR UPDATE SKIP LOCKED`,
      [id, now],
    );
    if (rows.length === 0) return 'skipped';
    const deadline = deadlineOf(rows[0]);
    // The savepoint lets a failed handler's writes be undone while the row lock is kept to record the failure.
    await client.query('SAVEPOINT deadline_handler');
    try {
      const handler = this.options.handlers[deadline.kind];
      if (!handler) throw new Error(`no handler for deadline kind "${deadline.kind}"`);
      await handler(deadline, client);
      // A handler that rewrote this very deadline (re-armed it for later, or cancelled it) changed the row's xmin:
      // its rewrite stands.
      await client.query(
        `UPDATE scheduled_deadlines SET status = 'fired', fired_at = $3, attempts = attempts + 1
         WHERE deadline_id = $1 AND status = 'pending' AND xmin::text = $2`,
        [id, rows[0].row_version, now],
      );
      await client.query('RELEASE SAVEPOINT deadline_handler');
      return 'fired';
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT deadline_handler');
      return this.recordFailure(client, deadline.id, deadline.kind, error);
    }
  }

  private async recordFailure(client: PoolClient, id: string, kind: string, error: unknown): Promise<Outcome> {
    const message = describe(error);
    const { rows } = await client.query<{ status: string; attempts: number }>(
      `UPDATE scheduled_deadlines
       SET attempts = attempts + 1, last_error = $2, status = CASE WHEN attempts + 1 >= $3 THEN 'failed' ELSE 'pending' END
       WHERE deadline_id = $1
       RETURNING status, attempts`,
      [id, message, this.maxAttempts],
    );
    const { status, attempts } = rows[0];
    if (status === 'failed') {
      this.log.error(`Deadline ${id} (${kind}) failed ${attempts} times and will not be tried again: ${message}`);
      return 'failed';
    }
    this.log.warn(`Deadline ${id} (${kind}) failed (attempt ${attempts} of ${this.maxAttempts}) and will be tried again: ${message}`);
    return 'retried';
  }
}
