import type { Pool, PoolClient } from 'pg';
import type { DecodedIdentityEvent } from './identity-proto';

/**
 * Who works where, as a consuming service would keep it. `applied_count` counts applications of a person's
 * PersonRegistered: exactly-once delivery leaves it at 1, a duplicate that slipped past the inbox shows as 2.
 */
export const directoryTableSql = `
CREATE TABLE IF NOT EXISTS directory (
  person_id text PRIMARY KEY,
  display_name text NOT NULL,
  organisation_id text NOT NULL,
  applied_count integer NOT NULL
)`;

export interface DirectoryRow {
  person_id: string;
  display_name: string;
  organisation_id: string;
  applied_count: number;
}

export async function ensureDirectoryTable(pool: Pool): Promise<void> {
  await pool.query(directoryTableSql);
}

/** Applies one event on the inbox's transaction. Cases the directory does not need, and unknown ones, change nothing. */
export async function applyToDirectory(client: PoolClient, decoded: DecodedIdentityEvent): Promise<void> {
  if (decoded.event !== 'personRegistered' || !decoded.personRegistered) return;
  const { personId, displayName, organisationId } = decoded.personRegistered;
  await client.query(
    `INSERT INTO directory (person_id, display_name, organisation_id, applied_count) VALUES ($1, $2, $3, 1)
     ON CONFLICT (person_id) DO UPDATE SET display_name = EXCLUDED.display_name,
       organisation_id = EXCLUDED.organisation_id, applied_count = directory.applied_count + 1`,
    [personId, displayName, organisationId],
  );
}

/** The rows of these people, in no particular order; people not in the directory have none. */
export async function directoryRowsOf(pool: Pool, personIds: readonly string[]): Promise<DirectoryRow[]> {
  const { rows } = await pool.query<DirectoryRow>(
    'SELECT person_id, display_name, organisation_id, applied_count FROM directory WHERE person_id = ANY($1)',
    [personIds],
  );
  return rows;
}
