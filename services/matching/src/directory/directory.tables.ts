import type { Queryable } from '@tapestry/eventsourcing';
import { ensurePeopleDirectoryTables } from '@tapestry/people-directory';

/**
 * Matching's directory: the people directory identity's events keep (@tapestry/people-directory), plus what training
 * and supervision publish that matching needs: eligibility to coach or mentor (the pool), line-manager release for
 * coaching, and pauses by a coach's supervisor. Kept by the consumers, exactly once per message through the inbox;
 * not a projection of matching's own store.
 */
export const MATCHING_DIRECTORY_SCHEMA = `
  CREATE TABLE IF NOT EXISTS coach_eligibility (
    person_id uuid NOT NULL, programme text NOT NULL, kind text NOT NULL CHECK (kind IN ('coaching', 'mentoring')),
    organisation_id uuid NOT NULL, eligible boolean NOT NULL, PRIMARY KEY (person_id, programme, kind));
  CREATE INDEX IF NOT EXISTS coach_eligibility_pool ON coach_eligibility (organisation_id, programme) WHERE eligible;
  CREATE TABLE IF NOT EXISTS coaching_releases (
    person_id uuid NOT NULL, programme text NOT NULL, approval_id uuid NOT NULL, expires_at timestamptz,
    PRIMARY KEY (person_id, programme));
  CREATE TABLE IF NOT EXISTS supervisor_pauses (person_id uuid PRIMARY KEY, paused boolean NOT NULL);`;

export async function ensureDirectoryTables(db: Queryable): Promise<void> {
  await ensurePeopleDirectoryTables(db);
  await db.query(MATCHING_DIRECTORY_SCHEMA);
}
