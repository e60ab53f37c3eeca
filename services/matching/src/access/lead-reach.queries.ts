import { scopesWithRole, type Principal } from '@tapestry/auth';
import { consortiaOf } from '@tapestry/people-directory';
import { leadsFor } from './matching-access';
import type { Queryable } from '@tapestry/eventsourcing';

/** Every organisation the principal leads programmes for: directly, or as a member of a consortium they lead. */
export async function organisationsLedBy(db: Queryable, principal: Principal): Promise<string[]> {
  const scopes = scopesWithRole(principal, 'programme_lead');
  const direct = scopes.filter((scope) => scope.kind === 'organisation').map((scope) => scope.id);
  const consortia = scopes.filter((scope) => scope.kind === 'consortium').map((scope) => scope.id);
  if (consortia.length === 0) return direct;
  const { rows } = await db.query<{ organisation_id: string }>('SELECT organisation_id FROM consortium_members WHERE consortium_id = ANY($1::uuid[])', [consortia]);
  return [...new Set([...direct, ...rows.map((row) => row.organisation_id)])];
}

/** Whether the principal leads programmes for any of these organisations (a relationship's two sides, say). */
export async function leadsAnyOf(db: Queryable, principal: Principal, organisationIds: readonly string[]): Promise<boolean> {
  for (const organisationId of new Set(organisationIds)) {
    if (leadsFor(principal, { organisationId, consortiumIds: await consortiaOf(db, organisationId) })) return true;
  }
  return false;
}
