import type { Queryable } from '@tapestry/eventsourcing';

/**
 * A service's copy of the people and consortia identity publishes: who works where, on which shifts, under whom, their
 * work email, role grants and consortium memberships. Kept by the service's consumer of `tapestry.identity.v1`
 * (applyIdentityEvent), exactly once per message through its inbox; not a projection of the service's own store.
 */
export const PEOPLE_DIRECTORY_SCHEMA = `
  CREATE TABLE IF NOT EXISTS people (
    person_id uuid PRIMARY KEY, organisation_id uuid NOT NULL, display_name text NOT NULL, work_email text NOT NULL DEFAULT '',
    site_id uuid, directorate_id uuid, staff_group text NOT NULL DEFAULT '', band text NOT NULL DEFAULT '',
    shift_pattern text NOT NULL DEFAULT 'unknown', line_manager_id uuid,
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
    roles jsonb NOT NULL DEFAULT '[]');
  CREATE INDEX IF NOT EXISTS people_by_line_manager ON people (line_manager_id);
  CREATE INDEX IF NOT EXISTS people_by_organisation ON people (organisation_id);
  CREATE TABLE IF NOT EXISTS people_role_grants (
    person_id uuid NOT NULL, grant_value jsonb NOT NULL, PRIMARY KEY (person_id, grant_value));
  CREATE TABLE IF NOT EXISTS consortium_members (
    consortium_id uuid NOT NULL, organisation_id uuid NOT NULL, PRIMARY KEY (consortium_id, organisation_id));
  CREATE INDEX IF NOT EXISTS consortium_members_by_organisation ON consortium_members (organisation_id);`;

export async function ensurePeopleDirectoryTables(db: Queryable): Promise<void> {
  await db.query(PEOPLE_DIRECTORY_SCHEMA);
}
