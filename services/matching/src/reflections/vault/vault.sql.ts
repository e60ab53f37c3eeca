import type { Queryable } from '@tapestry/eventsourcing';

// wrapped_key is NULL once shredded; the row stays, with shredded_at, so the person is not given a fresh key later.
export const VAULT_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS person_keys (
  person_id uuid PRIMARY KEY,
  wrapped_key bytea,
  created_at timestamptz NOT NULL DEFAULT now(),
  shredded_at timestamptz,
  CHECK ((wrapped_key IS NULL) = (shredded_at IS NOT NULL))
);
CREATE TABLE IF NOT EXISTS reflections (
  reflection_id uuid PRIMARY KEY,
  author_id uuid NOT NULL,
  relationship_id uuid NOT NULL,
  written_at timestamptz NOT NULL,
  ciphertext bytea NOT NULL,
  iv bytea NOT NULL,
  auth_tag bytea NOT NULL
);
CREATE INDEX IF NOT EXISTS reflections_author_relationship_idx ON reflections (author_id, relationship_id);
`;

/**
 * Creates the vault's tables when missing; safe from every process at start-up. Lock and DDL go as one simple-protocol
 * query, which PostgreSQL runs as one implicit transaction, so the lock covers the DDL even on an autocommit pool.
 */
export async function ensureVaultTables(db: Queryable): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('tapestry.matching.reflections.schema'));\n${VAULT_SCHEMA_SQL}`);
}

export interface ReflectionRow {
  reflection_id: string;
  relationship_id: string;
  written_at: Date;
  ciphertext: Buffer;
  iv: Buffer;
  auth_tag: Buffer;
}
