import type { Queryable } from '@tapestry/eventsourcing';

/**
 * Trials are analytics' own records, not read from a topic, so they live outside the warehouse schema a rebuild
 * replaces. Every assignment says who made it and when.
 */
export const TRIALS_SCHEMA = 'analytics_trials';

export async function ensureTrialTables(db: Queryable): Promise<void> {
  await db.query(`
CREATE SCHEMA IF NOT EXISTS ${TRIALS_SCHEMA};
CREATE TABLE IF NOT EXISTS ${TRIALS_SCHEMA}.trials (
  trial_id uuid PRIMARY KEY, organisation_id text NOT NULL, name text NOT NULL, defined_by text NOT NULL, defined_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS ${TRIALS_SCHEMA}.trial_assignments (
  trial_id uuid NOT NULL REFERENCES ${TRIALS_SCHEMA}.trials, person_id text NOT NULL, arm text NOT NULL, assigned_on date NOT NULL,
  assigned_by text NOT NULL, assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (trial_id, person_id)
);`);
}
