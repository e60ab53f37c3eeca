import type { Queryable } from '@tapestry/eventsourcing';
import type { OrganisationReach } from '../access/training-access';

export interface LearnerFacts extends OrganisationReach {
  status: 'active' | 'left';
}

/** A would-be learner as training knows them from identity's events (the people directory); null when unknown. */
export async function learnerFacts(db: Queryable, personId: string): Promise<LearnerFacts | null> {
  const { rows } = await db.query<{ organisation_id: string; status: 'active' | 'left'; consortium_ids: string[] }>(
    `SELECT p.organisation_id, p.status,
            COALESCE(array_agg(m.consortium_id) FILTER (WHERE m.consortium_id IS NOT NULL), '{}') AS consortium_ids
       FROM people p LEFT JOIN consortium_members m ON m.organisation_id = p.organisation_id
      WHERE p.person_id = $1 GROUP BY p.organisation_id, p.status`,
    [personId],
  );
  const row = rows[0];
  return row ? { organisationId: row.organisation_id, consortiumIds: row.consortium_ids, status: row.status } : null;
}
