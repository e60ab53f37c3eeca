import { hasRole, type Principal, type Role } from '@tapestry/auth';
import { DomainError, type Queryable } from '@tapestry/eventsourcing';
import { requireUuid } from '@tapestry/nest-kit';
import type { ResolvedScope } from './scope';
import type { ScopeRequest } from './scope-input';

/** Who may read figures: analysts, programme leads and organisation or consortium admins, each within their scope. */
export const FIGURE_READERS: readonly Role[] = ['analyst', 'programme_lead', 'organisation_admin', 'consortium_admin'];

/**
 * Turns a caller's scope into the organisations it covers, refusing one that does not exist (UNKNOWN_SCOPE), that is
 * ambiguous (INVALID_SCOPE) or that the caller may not see (FORBIDDEN). A role held over a consortium covers its
 * members; one held over an organisation covers only it.
 */
export async function resolveScope(
  db: Queryable,
  schema: string,
  principal: Principal,
  request: ScopeRequest,
  roles: readonly Role[] = FIGURE_READERS,
): Promise<ResolvedScope> {
  const given = [request.organisationId, request.consortiumId, request.siteId, request.directorateId].filter((value) => value);
  if (given.length === 0) {
    throw new DomainError('INVALID_SCOPE', 'Say which organisation, consortium, site or directorate the figures are for.', { field: 'scope' });
  }
  if (request.organisationId && request.consortiumId) {
    throw new DomainError('INVALID_SCOPE', 'A scope is one organisation or one consortium, not both.', { field: 'scope' });
  }
  const staffGroup = request.staffGroup?.trim() || null;
  if (request.consortiumId) {
    if (request.siteId || request.directorateId) {
      throw new DomainError('INVALID_SCOPE', 'A site or directorate belongs to an organisation: give the organisation, not the consortium.', { field: 'scope' });
    }
    return consortiumScope(db, schema, principal, requireUuid(request.consortiumId, 'scope.consortiumId'), staffGroup, roles);
  }
  const siteId = request.siteId ? requireUuid(request.siteId, 'scope.siteId') : null;
  const directorateId = request.directorateId ? requireUuid(request.directorateId, 'scope.directorateId') : null;
  let organisationId = request.organisationId ? requireUuid(request.organisationId, 'scope.organisationId') : null;
  for (const [table, column, id] of [
    ['dim_site', 'site_id', siteId],
    ['dim_directorate', 'directorate_id', directorateId],
  ] as const) {
    if (!id) continue;
    const { rows } = await db.query<{ organisation_id: string }>(`SELECT organisation_id FROM ${schema}.${table} WHERE ${column} = $1`, [id]);
    if (!rows[0]) throw new DomainError('UNKNOWN_SCOPE', `No ${table === 'dim_site' ? 'site' : 'directorate'} has the id ${id}.`, { field: 'scope' });
    if (organisationId && organisationId !== rows[0].organisation_id) {
      throw new DomainError('INVALID_SCOPE', `That ${table === 'dim_site' ? 'site' : 'directorate'} belongs to another organisation.`, { field: 'scope' });
    }
    organisationId = rows[0].organisation_id;
  }
  return organisationScope(db, schema, principal, organisationId as string, { siteId, directorateId, staffGroup }, roles);
}

async function organisationScope(
  db: Queryable,
  schema: string,
  principal: Principal,
  organisationId: string,
  narrowing: Pick<ResolvedScope, 'siteId' | 'directorateId' | 'staffGroup'>,
  roles: readonly Role[],
): Promise<ResolvedScope> {
  const { rows } = await db.query<{ name: string; consortia: string[] }>(
    `SELECT o.name, coalesce(array_agg(m.consortium_id) FILTER (WHERE m.consortium_id IS NOT NULL), '{}') AS consortia
     FROM ${schema}.dim_organisation o LEFT JOIN ${schema}.consortium_members m USING (organisation_id)
     WHERE o.organisation_id = $1 GROUP BY o.name`,
    [organisationId],
  );
  const organisation = rows[0];
  if (!organisation) throw new DomainError('UNKNOWN_SCOPE', `No organisation has the id ${organisationId}.`, { field: 'scope' });
  const allowed = roles.some(
    (role) =>
      hasRole(principal, role, { kind: 'organisation', id: organisationId }) ||
      organisation.consortia.some((id) => hasRole(principal, role, { kind: 'consortium', id })),
  );
  if (!allowed) throw forbidden();
  return { kind: 'organisation', id: organisationId, name: organisation.name, organisationIds: [organisationId], ...narrowing };
}

async function consortiumScope(
  db: Queryable,
  schema: string,
  principal: Principal,
  consortiumId: string,
  staffGroup: string | null,
  roles: readonly Role[],
): Promise<ResolvedScope> {
  const { rows } = await db.query<{ name: string; members: string[] }>(
    `SELECT c.name, coalesce(array_agg(m.organisation_id ORDER BY m.organisation_id) FILTER (WHERE m.organisation_id IS NOT NULL), '{}') AS members
     FROM ${schema}.dim_consortium c LEFT JOIN ${schema}.consortium_members m USING (consortium_id)
     WHERE c.consortium_id = $1 GROUP BY c.name`,
    [consortiumId],
  );
  const consortium = rows[0];
  if (!consortium) throw new DomainError('UNKNOWN_SCOPE', `No consortium has the id ${consortiumId}.`, { field: 'scope' });
  if (!roles.some((role) => hasRole(principal, role, { kind: 'consortium', id: consortiumId }))) throw forbidden();
  return { kind: 'consortium', id: consortiumId, name: consortium.name, organisationIds: consortium.members, siteId: null, directorateId: null, staffGroup };
}

const forbidden = (): DomainError =>
  new DomainError('FORBIDDEN', 'Figures for that scope are for its analysts, programme leads and admins; ask one of them, or choose a scope you hold a role in.', {
    field: 'scope',
  });
