import { hasRole, type Principal, type Role } from '@tapestry/auth';
import { DomainError, type Queryable } from '@tapestry/eventsourcing';
import { consortiaOf } from '@tapestry/people-directory';

/** Whether the principal holds one of `roles` over the organisation: directly, or through one of its consortia. */
export async function holdsOver(db: Queryable, principal: Principal, roles: readonly Role[], organisationId: string): Promise<boolean> {
  const consortia = await consortiaOf(db, organisationId);
  return roles.some(
    (role) => hasRole(principal, role, { kind: 'organisation', id: organisationId }) || consortia.some((id) => hasRole(principal, role, { kind: 'consortium', id })),
  );
}

/** Programme leads and organisation admins arrange supervision for the coaches of their organisation. */
export async function requireArranger(db: Queryable, principal: Principal, organisationId: string): Promise<void> {
  if (!(await holdsOver(db, principal, ['programme_lead', 'organisation_admin'], organisationId))) {
    throw new DomainError('FORBIDDEN', 'Only a programme lead or organisation admin for the coach’s organisation can arrange their supervision.');
  }
}

/** Two organisations share supervision when they belong to one consortium (its sharing agreement). */
export async function shareAConsortium(db: Queryable, first: string, second: string): Promise<boolean> {
  if (first === second) return true;
  const { rows } = await db.query(
    'SELECT 1 FROM consortium_members a JOIN consortium_members b USING (consortium_id) WHERE a.organisation_id = $1 AND b.organisation_id = $2 LIMIT 1',
    [first, second],
  );
  return rows.length > 0;
}

/** The coaches the supervisor supervises now. */
export async function currentSuperviseesOf(db: Queryable, supervisorId: string): Promise<Array<{ coachId: string; organisationId: string }>> {
  const { rows } = await db.query<{ coach_id: string; coach_organisation_id: string }>(
    'SELECT coach_id, coach_organisation_id FROM arrangements WHERE supervisor_id = $1 AND ended_on IS NULL ORDER BY coach_id',
    [supervisorId],
  );
  return rows.map((row) => ({ coachId: row.coach_id, organisationId: row.coach_organisation_id }));
}

export async function supervises(db: Queryable, supervisorId: string, coachId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM arrangements WHERE supervisor_id = $1 AND coach_id = $2 AND ended_on IS NULL', [supervisorId, coachId]);
  return rows.length > 0;
}
