import type { Pool, PoolClient } from 'pg';
import type { Projection } from '../projections/projection';
import type { RecordedEvent } from '../store/event.types';

/**
 * The library's own specs' read model: each counter's total, plus how many times each event was applied, which is
 * what exactly-once is checked against.
 */
export async function ensureCounterReadModel(pool: Pool): Promise<void> {
  await pool.query(`
    CREATE TABLE IF NOT EXISTS counter_totals (stream_id text PRIMARY KEY, total int NOT NULL);
    CREATE TABLE IF NOT EXISTS counter_applied (event_id uuid PRIMARY KEY, times int NOT NULL);`);
}

export interface CounterProjectionOptions {
  name?: string;
  /** Called before each event is applied; throw from it to simulate a crash mid-batch. */
  beforeApply?: (event: RecordedEvent) => void;
}

export function counterProjection({ name = 'counter-totals', beforeApply }: CounterProjectionOptions = {}): Projection {
  return {
    name,
    handles: ['Incremented', 'WasReset'],
    async apply(event: RecordedEvent, client: PoolClient) {
      beforeApply?.(event);
      await client.query(
        `INSERT INTO counter_applied (event_id, times) VALUES ($1, 1)
         ON CONFLICT (event_id) DO UPDATE SET times = counter_applied.times + 1`,
        [event.eventId],
      );
      const by = event.type === 'Incremented' ? (event.data as { by: number }).by : null;
      await client.query(
        `INSERT INTO counter_totals (stream_id, total) VALUES ($1, coalesce($2::int, 0))
         ON CONFLICT (stream_id) DO UPDATE SET total = CASE WHEN $2::int IS NULL THEN 0 ELSE counter_totals.total + $2::int END`,
        [event.streamId, by],
      );
    },
    async reset(client: PoolClient) {
      await client.query('TRUNCATE counter_totals, counter_applied');
    },
  };
}

export async function counterTotals(pool: Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ stream_id: string; total: number }>('SELECT stream_id, total FROM counter_totals ORDER BY stream_id');
  return Object.fromEntries(rows.map((row) => [row.stream_id, row.total]));
}

/** How many events were applied once, and how many more than once (which must never happen). */
export async function applications(pool: Pool): Promise<{ once: number; more: number }> {
  const { rows } = await pool.query<{ once: string; more: string }>(
    'SELECT count(*) FILTER (WHERE times = 1) AS once, count(*) FILTER (WHERE times > 1) AS more FROM counter_applied',
  );
  return { once: Number(rows[0].once), more: Number(rows[0].more) };
}
