import type { RoleGrant } from '@tapestry/auth';
import type { Queryable } from '@tapestry/eventsourcing';
import type { StoredGrant } from '@tapestry/contracts';

/** A person as training knows them from identity's events. */
export interface TrainingPerson {
  personId: string;
  organisationId: string;
  displayName: string;
  lineManagerId: string | null;
  status: 'active' | 'left';
  roles: RoleGrant[];
}

interface PersonRow {
  person_id: string;
  organisation_id: string;
  display_name: string;
  line_manager_id: string | null;
  status: 'active' | 'left';
  roles: StoredGrant[];
}

const toGrant = (grant: StoredGrant): RoleGrant => ({ role: grant.role, scope: { kind: grant.scopeKind, id: grant.scopeId } });

/** The person, or null when identity has not (yet) told training about them. `personId` must be a uuid. */
export async function findTrainingPerson(db: Queryable, personId: string): Promise<TrainingPerson | null> {
  const { rows } = await db.query<PersonRow>(
    'SELECT person_id, organisation_id, display_name, line_manager_id, status, roles FROM people WHERE person_id = $1',
    [personId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    personId: row.person_id,
    organisationId: row.organisation_id,
    displayName: row.display_name,
    lineManagerId: row.line_manager_id,
    status: row.status,
    roles: row.roles.map(toGrant),
  };
}
