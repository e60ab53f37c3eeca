import { scopesWithRole, type Principal } from '@tapestry/auth';
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
