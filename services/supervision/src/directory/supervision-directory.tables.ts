import type { Queryable } from '@tapestry/eventsourcing';
import { ensurePeopleDirectoryTables } from '@tapestry/people-directory';

/**
 * Supervision's copy of what others publish: the people directory from identity's events, and every caseload fact
 * from matching's (metadata only: no goals, no coachee beyond an id the caseload never shows). Caseloads and flags
 * are computed from these rows, so a supervisor's caseload never asks matching.
 */
export const SUPERVISION_DIRECTORY_SCHEMA = `
  CREATE TABLE IF NOT EXISTS caseload_facts (
    position bigserial PRIMARY KEY, event_id text NOT NULL UNIQUE, coach_id uuid NOT NULL, fact jsonb NOT NULL);
  CREATE INDEX IF NOT EXISTS caseload_facts_by_coach ON caseload_facts (coach_id, position);`;

export async function ensureSupervisionDirectoryTables(db: Queryable): Promise<void> {
  await ensurePeopleDirectoryTables(db);
  await db.query(SUPERVISION_DIRECTORY_SCHEMA);
}
