import type { Pool } from 'pg';
import { withTransaction } from './transaction';

/** The channel an append NOTIFYs so followers wake before their next poll. NOTIFY is scoped to one database. */
export const DEFAULT_NOTIFY_CHANNEL = 'tapestry_events';

// Constraint names are matched when a unique violation is mapped to a typed error: keep them in step.
export const STREAM_VERSION_CONSTRAINT = 'events_stream_version_key';
export const EVENT_ID_CONSTRAINT = 'events_event_id_key';

export const EVENT_STORE_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS events (
  global_position bigserial PRIMARY KEY,
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  stream_id text NOT NULL,
  stream_type text NOT NULL,
  stream_version integer NOT NULL CHECK (stream_version > 0),
  event_id uuid NOT NULL,
  type text NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT ${STREAM_VERSION_CONSTRAINT} UNIQUE (stream_id, stream_version),
  CONSTRAINT ${EVENT_ID_CONSTRAINT} UNIQUE (event_id)
);
CREATE INDEX IF NOT EXISTS events_transaction_position_idx ON events (transaction_id, global_position);

CREATE TABLE IF NOT EXISTS projection_checkpoints (
  name text PRIMARY KEY,
  transaction_id xid8 NOT NULL,
  global_position bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`;

/**
 * Creates the event store's tables when missing. Safe to call from every process at start-up: an advisory lock
 * serialises concurrent callers, because concurrent `CREATE TABLE IF NOT EXISTS` can still collide in the catalog.
 */
export async function ensureEventStoreSchema(pool: Pool): Promise<void> {
  await withTransaction(pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('tapestry.event_store.schema'))`);
    await client.query(EVENT_STORE_SCHEMA_SQL);
  });
}
