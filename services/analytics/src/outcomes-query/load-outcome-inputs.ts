import type { Queryable } from '@tapestry/eventsourcing';
import type { EmploymentSpell, Participation } from '../outcomes';

/** Every employment spell of everyone who has worked in the organisations: participants and their comparison pool. */
export async function loadSpells(db: Queryable, schema: string, organisationIds: readonly string[]): Promise<EmploymentSpell[]> {
  const { rows } = await db.query<{
    person_id: string;
    organisation_id: string;
    staff_group: string;
    band: string;
    job_title: string;
    valid_from: string;
    valid_to: string | null;
    service_start: string;
    ended_by_leaving: boolean;
  }>(
    `SELECT person_id, organisation_id, staff_group, band, job_title, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
            to_char(valid_to, 'YYYY-MM-DD') AS valid_to, to_char(service_start, 'YYYY-MM-DD') AS service_start, ended_by_leaving
     FROM ${schema}.fact_employment_spell
     WHERE person_id IN (SELECT person_id FROM ${schema}.fact_employment_spell WHERE organisation_id = ANY($1))
     ORDER BY person_id, valid_from`,
    [organisationIds],
  );
  return rows.map((row) => ({
    personId: row.person_id,
    organisationId: row.organisation_id,
    staffGroup: row.staff_group,
    band: row.band,
    jobTitle: row.job_title,
    from: row.valid_from,
    to: row.valid_to,
    serviceStart: row.service_start,
    left: row.ended_by_leaving,
  }));
}

/**
 * Taking part: the day each person's first relationship began (activated, or introduced where it never needed
 * confirming), as coachee or mentee on one side and coach or mentor on the other. Declined introductions are not
 * taking part.
 */
export async function loadParticipations(db: Queryable, schema: string): Promise<Participation[]> {
  const { rows } = await db.query<{ person_id: string; role: Participation['role']; programme: string; started_on: string }>(
    `SELECT person_id, role, programme, to_char(min(started_on), 'YYYY-MM-DD') AS started_on FROM (
       SELECT coachee_id AS person_id, CASE WHEN role = 'MENTOR' THEN 'mentee' ELSE 'coachee' END AS role, programme,
              coalesce(activated_on, introduced_at::date) AS started_on
       FROM ${schema}.fact_relationship WHERE declined_at IS NULL AND coachee_id IS NOT NULL
       UNION ALL
       SELECT coach_id, CASE WHEN role = 'MENTOR' THEN 'mentor' ELSE 'coach' END, programme, coalesce(activated_on, introduced_at::date)
       FROM ${schema}.fact_relationship WHERE declined_at IS NULL AND coach_id IS NOT NULL
     ) taking_part
     WHERE started_on IS NOT NULL AND programme IS NOT NULL
     GROUP BY person_id, role, programme`,
  );
  return rows.map((row) => ({ personId: row.person_id, role: row.role, programme: row.programme, startedOn: row.started_on }));
}
