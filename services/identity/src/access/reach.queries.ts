import type { Queryable } from '@tapestry/eventsourcing';
import type { OrganisationReach, PersonReach } from './identity-access';

export async function organisationReach(db: Queryable, organisationId: string): Promise<OrganisationReach> {
  const { rows } = await db.query<{ consortium_id: string }>(
    'SELECT consortium_id FROM consortium_members WHERE organisation_id = $1',
    [organisationId],
  );
  return { organisationId, consortiumIds: rows.map((row) => row.consortium_id) };
}

export async function personReach(db: Queryable, personId: string): Promise<PersonReach | null> {
  const { rows } = await db.query<{ organisation_id: string; line_manager_id: string | null }>(
    'SELECT organisation_id, line_manager_id FROM people WHERE id = $1',
    [personId],
  );
  const person = rows[0];
  if (!person) return null;
  const reach = await organisationReach(db, person.organisation_id);
  return { ...reach, personId, lineManagerId: person.line_manager_id };
}
