import type { Pool } from 'pg';

/** In each consuming service's own database: which events each consumer has already applied. */
export const inboxTableSql = `
CREATE TABLE IF NOT EXISTS inbox (
  consumer text NOT NULL,
  event_id text NOT NULL,
  topic text NOT NULL,
  partition integer NOT NULL,
  "offset" text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
)`;

export async function ensureInboxTable(pool: Pool): Promise<void> {
  await pool.query(inboxTableSql);
}
