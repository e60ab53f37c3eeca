import { withTransaction } from '@tapestry/eventsourcing';
import type { Pool } from 'pg';

/** Any constant of our own: keeps concurrent schema set-up (several services, one database) from colliding. */
const schemaLockKey = 0x74_61_70_65; // "tape"

/**
 * The embedded log: a topic list (like Kafka with auto-creation off), messages with a per-topic offset, and each
 * consumer group's next offset per topic. One partition per topic: order is total, one group member reads at a time.
 */
const schemaSql = `
CREATE TABLE IF NOT EXISTS transport_topics (
  topic text PRIMARY KEY CHECK (topic ~ '^[A-Za-z0-9._-]{1,249}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS transport_messages (
  topic text NOT NULL REFERENCES transport_topics (topic),
  partition integer NOT NULL DEFAULT 0,
  "offset" bigint NOT NULL,
  key text NOT NULL,
  value bytea NOT NULL,
  headers jsonb NOT NULL DEFAULT '{}'::jsonb,
  appended_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (topic, partition, "offset")
);
CREATE TABLE IF NOT EXISTS transport_group_offsets (
  group_id text NOT NULL,
  topic text NOT NULL REFERENCES transport_topics (topic),
  partition integer NOT NULL,
  next_offset bigint NOT NULL,
  committed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, topic, partition)
);`;

export async function ensureEmbeddedSchema(pool: Pool): Promise<void> {
  await withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [schemaLockKey]);
    await client.query(schemaSql);
  });
}
