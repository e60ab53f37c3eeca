import type { Queryable } from '@tapestry/eventsourcing';

/** Coaches their supervisor paused, from supervision's CoachPauseChanged: eligibility shows them as PAUSED. */
export const SUPERVISOR_PAUSES_SCHEMA = `
  CREATE TABLE IF NOT EXISTS supervisor_pauses (
    person_id uuid PRIMARY KEY, paused boolean NOT NULL, changed_by uuid, changed_at timestamptz NOT NULL);`;

export async function ensureSupervisorPausesTable(db: Queryable): Promise<void> {
  await db.query(SUPERVISOR_PAUSES_SCHEMA);
}

export async function isPausedBySupervisor(db: Queryable, personId: string): Promise<boolean> {
  const { rows } = await db.query<{ paused: boolean }>('SELECT paused FROM supervisor_pauses WHERE person_id = $1', [personId]);
  return rows[0]?.paused ?? false;
}
