import type { Queryable } from '@tapestry/eventsourcing';

/** The schema queries read. A rebuild fills REBUILD_SCHEMA and swaps it in whole, so readers never see half a replay. */
export const LIVE_SCHEMA = 'analytics';
export const REBUILD_SCHEMA = 'analytics_rebuild';
export type WarehouseSchema = typeof LIVE_SCHEMA | typeof REBUILD_SCHEMA;

/**
 * The star: facts (requests, relationships, sessions, training, interest, eligibility, availability, supervision,
 * employment spells) keyed to dimensions (organisation, consortium, site, directorate; staff group, band and
 * programme are kept as their codes; months come from the facts' dates). Person ids are kept only to join facts; no
 * name, email or free text is ever stored, and no query returns a person.
 */
export function starSchemaDdl(schema: WarehouseSchema): string {
  return `
CREATE SCHEMA IF NOT EXISTS ${schema};

CREATE TABLE IF NOT EXISTS ${schema}.applied_messages (
  event_id text PRIMARY KEY,
  topic text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS ${schema}.dim_organisation (organisation_id text PRIMARY KEY, name text NOT NULL, kind text NOT NULL);
CREATE TABLE IF NOT EXISTS ${schema}.dim_consortium (consortium_id text PRIMARY KEY, name text NOT NULL);
CREATE TABLE IF NOT EXISTS ${schema}.consortium_members (
  consortium_id text NOT NULL, organisation_id text NOT NULL, PRIMARY KEY (consortium_id, organisation_id)
);
CREATE TABLE IF NOT EXISTS ${schema}.dim_site (site_id text PRIMARY KEY, organisation_id text NOT NULL, name text NOT NULL);
CREATE TABLE IF NOT EXISTS ${schema}.dim_directorate (directorate_id text PRIMARY KEY, organisation_id text NOT NULL, name text NOT NULL);

-- One row per person and period of unchanged job; a move starts a new spell, leaving ends the last.
CREATE TABLE IF NOT EXISTS ${schema}.fact_employment_spell (
  person_id text NOT NULL,
  organisation_id text NOT NULL,
  site_id text,
  directorate_id text,
  staff_group text NOT NULL,
  band text NOT NULL,
  job_title text NOT NULL,
  line_manager_id text,
  service_start date NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  ended_by_leaving boolean NOT NULL DEFAULT false,
  PRIMARY KEY (person_id, valid_from)
);
CREATE INDEX IF NOT EXISTS employment_spell_organisation ON ${schema}.fact_employment_spell (organisation_id, valid_from);

-- Special-category data: kept apart, reported only in aggregate where the organisation recorded its lawful basis.
CREATE TABLE IF NOT EXISTS ${schema}.person_ethnicity (person_id text PRIMARY KEY, organisation_id text NOT NULL, ethnicity text NOT NULL);
CREATE TABLE IF NOT EXISTS ${schema}.special_category_objection (person_id text PRIMARY KEY, objecting boolean NOT NULL);
CREATE TABLE IF NOT EXISTS ${schema}.lawful_basis (organisation_id text PRIMARY KEY, basis text NOT NULL, recorded_on date NOT NULL);

CREATE TABLE IF NOT EXISTS ${schema}.fact_request (
  request_id text PRIMARY KEY,
  person_id text,
  organisation_id text,
  programme text,
  wants text,
  requested_at timestamptz,
  withdrawn_at timestamptz,
  matched_at timestamptz,
  relationship_id text
);

CREATE TABLE IF NOT EXISTS ${schema}.fact_relationship (
  relationship_id text PRIMARY KEY,
  request_id text,
  programme text,
  role text,
  coach_id text,
  coach_organisation_id text,
  coachee_id text,
  coachee_organisation_id text,
  requested_at timestamptz,
  introduced_at timestamptz,
  chemistry_held_on date,
  activated_on date,
  review_due_on date,
  declined_at timestamptz,
  closed_on date,
  closure_reason text,
  closure_outcome text,
  sessions_held integer,
  extended_to date,
  crosses_directorate boolean,
  crosses_staff_group boolean,
  crosses_organisation boolean
);
CREATE INDEX IF NOT EXISTS relationship_coach ON ${schema}.fact_relationship (coach_id);

CREATE TABLE IF NOT EXISTS ${schema}.fact_session (
  session_id text PRIMARY KEY,
  relationship_id text NOT NULL,
  coach_id text NOT NULL,
  organisation_id text NOT NULL,
  role text NOT NULL,
  held boolean NOT NULL,
  on_date date NOT NULL,
  duration_minutes integer,
  cancellation_reason text,
  rescheduled_to date
);
CREATE INDEX IF NOT EXISTS session_relationship ON ${schema}.fact_session (relationship_id, on_date);

CREATE TABLE IF NOT EXISTS ${schema}.dim_course (
  course_id text PRIMARY KEY, organisation_id text NOT NULL, kind text NOT NULL, cpd_hours double precision NOT NULL,
  qualifies jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS ${schema}.fact_training (
  person_id text NOT NULL, organisation_id text NOT NULL, course_id text NOT NULL, training_event_id text NOT NULL, completed_on date NOT NULL,
  PRIMARY KEY (person_id, course_id, training_event_id)
);
-- Registered interest in practising: an approval asked for, and what became of it.
CREATE TABLE IF NOT EXISTS ${schema}.fact_interest (
  approval_id text PRIMARY KEY,
  person_id text,
  organisation_id text,
  kind text,
  programme text,
  requested_at timestamptz,
  decision text,
  decided_at timestamptz
);
-- Histories: the state at any day is the latest row on or before it.
CREATE TABLE IF NOT EXISTS ${schema}.fact_eligibility (
  event_id text PRIMARY KEY, person_id text NOT NULL, organisation_id text NOT NULL, programme text NOT NULL, role text NOT NULL,
  eligible boolean NOT NULL, paused boolean NOT NULL, changed_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS eligibility_person ON ${schema}.fact_eligibility (person_id, programme, role, changed_at);
CREATE TABLE IF NOT EXISTS ${schema}.fact_availability (
  event_id text PRIMARY KEY, coach_id text NOT NULL, organisation_id text NOT NULL, capacity integer NOT NULL, paused boolean NOT NULL,
  changed_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS availability_coach ON ${schema}.fact_availability (coach_id, changed_at);

CREATE TABLE IF NOT EXISTS ${schema}.fact_round (
  round_id text PRIMARY KEY, scope_id text NOT NULL, programme text, open_requests integer NOT NULL, proposals integer NOT NULL, run_at timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS ${schema}.fact_accreditation (
  event_id text PRIMARY KEY, person_id text NOT NULL, organisation_id text NOT NULL, level text NOT NULL, awarded_at timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS ${schema}.fact_supervision (
  arrangement_id text PRIMARY KEY,
  supervisee_id text,
  supervisor_id text,
  organisation_id text,
  from_on date,
  until_on date,
  group_supervision boolean
);
-- Supervision coverage asks, per coach and month, whether an arrangement covered them.
CREATE INDEX IF NOT EXISTS supervision_supervisee ON ${schema}.fact_supervision (supervisee_id, from_on);
CREATE TABLE IF NOT EXISTS ${schema}.fact_supervision_session (
  session_id text PRIMARY KEY, supervisee_id text NOT NULL, supervisor_id text NOT NULL, organisation_id text NOT NULL,
  held_on date NOT NULL, duration_minutes integer NOT NULL
);
`;
}

export async function ensureStarSchema(db: Queryable, schema: WarehouseSchema): Promise<void> {
  await db.query(starSchemaDdl(schema));
}
