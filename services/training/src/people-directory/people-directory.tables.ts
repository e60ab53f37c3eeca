import type { Queryable } from '@tapestry/eventsourcing';

/**
 * Training's copy of the people and consortium memberships identity publishes. Not a projection of training's own
 * store: the identity consumer keeps it, exactly once per message through the inbox.
 */
export const PEOPLE_DIRECTORY_SCHEMA = `
  CREATE TABLE IF NOT EXISTS people (
    person_id uuid PRIMARY KEY, organisation_id uuid NOT NULL, display_name text NOT NULL, line_manager_id uuid,
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
    -- [{role, scopeKind, scopeId}], as the principal's grants.
    roles jsonb NOT NULL DEFAULT '[]');
  CREATE INDEX IF NOT EXISTS people_by_line_manager ON people (line_manager_id);
  CREATE INDEX IF NOT EXISTS people_by_organisation ON people (organisation_id);
  -- Grants also kept apart: they travel on their own stream, so one may arrive before the person it names.
  CREATE TABLE IF NOT EXISTS people_role_grants (
    person_id uuid NOT NULL, grant_value jsonb NOT NULL, PRIMARY KEY (person_id, grant_value));
  CREATE TABLE IF NOT EXISTS consortium_members (
    consortium_id uuid NOT NULL, organisation_id uuid NOT NULL, PRIMARY KEY (consortium_id, organisation_id));
  CREATE INDEX IF NOT EXISTS consortium_members_by_organisation ON consortium_members (organisation_id);`;

export async function ensurePeopleDirectoryTables(db: Queryable): Promise<void> {
  await db.query(PEOPLE_DIRECTORY_SCHEMA);
}
