import type { Queryable } from '@tapestry/eventsourcing';
import type { OrganisationReach } from './training-access';

/** The organisation with the consortia it belongs to, from training's copy of identity's consortium memberships. */
export async function organisationReachOf(db: Queryable, organisationId: string): Promise<OrganisationReach> {
  const { rows } = await db.query<{ consortium_id: string }>('SELECT consortium_id FROM consortium_members WHERE organisation_id = $1', [
    organisationId,
  ]);
  return { organisationId, consortiumIds: rows.map((row) => row.consortium_id) };
}
