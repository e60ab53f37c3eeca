import type { Queryable } from '@tapestry/eventsourcing';

/**
 * Matching's copy of what identity and training publish about people: who works where, on which shifts, under whom
 * (the line-management rule), their work email (introductions), role grants (who may lead), consortium memberships
 * (sharing), eligibility to coach or mentor (the pool), line-manager release for coaching, and pauses by a
 * coach's supervisor (from supervision). Kept by the consumers,
 * exactly once per message through the inbox; not a projection of matching's own store.
 */
export const DIRECTORY_SCHEMA = `
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
  CREATE INDEX IF NOT EXISTS consortium_members_by_organisation ON consortium_members (organisation_id);
  CREATE TABLE IF NOT EXISTS coach_eligibility (
    person_id uuid NOT NULL, programme text NOT NULL, kind text NOT NULL CHECK (kind IN ('coaching', 'mentoring')),
    organisation_id uuid NOT NULL, eligible boolean NOT NULL, PRIMARY KEY (person_id, programme, kind));
  CREATE INDEX IF NOT EXISTS coach_eligibility_pool ON coach_eligibility (organisation_id, programme) WHERE eligible;
  CREATE TABLE IF NOT EXISTS coaching_releases (
    person_id uuid NOT NULL, programme text NOT NULL, approval_id uuid NOT NULL, expires_at timestamptz,
    PRIMARY KEY (person_id, programme));
  CREATE TABLE IF NOT EXISTS supervisor_pauses (person_id uuid PRIMARY KEY, paused boolean NOT NULL);`;

export async function ensureDirectoryTables(db: Queryable): Promise<void> {
  await db.query(DIRECTORY_SCHEMA);
}
