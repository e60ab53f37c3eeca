import { DomainError, type Queryable } from '@tapestry/eventsourcing';
import { staffGroupInfo, type StaffGroup } from '../staff-groups';
import type { Person, PersonConnection, PeopleFilter, PersonStatus, ShiftPatternType } from './person.graphql-types';
import type { RoleGrantType, RoleType, ScopeKind } from '../roles/role.graphql-types';

interface PersonRow {
  id: string;
  organisation_id: string;
  employee_number: string | null;
  given_name: string;
  family_name: string;
  email: string;
  job_title: string;
  staff_group: string;
  band: string;
  site_id: string | null;
  site_name: string | null;
  directorate_id: string | null;
  directorate_name: string | null;
  shift_pattern: string;
  clinical: boolean;
  line_manager_id: string | null;
  start_date: string;
  status: string;
  leaving_date: string | null;
  roles: { role: string; scope_kind: string; scope_id: string }[] | null;
}

const SELECT_PERSON = `
  SELECT p.id, p.organisation_id, p.employee_number, p.given_name, p.family_name, p.email, p.job_title, p.staff_group,
         p.band, p.site_id, s.name AS site_name, p.directorate_id, d.name AS directorate_name, p.shift_pattern, p.clinical,
         p.line_manager_id, to_char(p.start_date, 'YYYY-MM-DD') AS start_date, p.status,
         to_char(p.leaving_date, 'YYYY-MM-DD') AS leaving_date,
         (SELECT json_agg(json_build_object('role', g.role, 'scope_kind', g.scope_kind, 'scope_id', g.scope_id)
                          ORDER BY g.role, g.scope_kind, g.scope_id)
            FROM role_grants g WHERE g.person_id = p.id) AS roles
    FROM people p
    LEFT JOIN sites s ON s.id = p.site_id
    LEFT JOIN directorates d ON d.id = p.directorate_id`;

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    employeeNumber: row.employee_number,
    givenName: row.given_name,
    familyName: row.family_name,
    email: row.email,
    jobTitle: row.job_title,
    staffGroup: staffGroupInfo(row.staff_group as StaffGroup).label,
    band: row.band,
    siteId: row.site_id,
    siteName: row.site_name,
    directorateId: row.directorate_id,
    directorateName: row.directorate_name,
    shiftPattern: row.shift_pattern as ShiftPatternType,
    clinical: row.clinical,
    lineManagerId: row.line_manager_id,
    startDate: row.start_date,
    status: row.status as PersonStatus,
    leavingDate: row.leaving_date,
    roles: (row.roles ?? []).map(
      (grant): RoleGrantType => ({ role: grant.role as RoleType, scopeKind: grant.scope_kind as ScopeKind, scopeId: grant.scope_id }),
    ),
  };
}

export async function findPerson(db: Queryable, personId: string): Promise<Person | null> {
  const { rows } = await db.query<PersonRow>(`${SELECT_PERSON} WHERE p.id = $1`, [personId]);
  return rows[0] ? toPerson(rows[0]) : null;
}

export async function findPersonByEmail(db: Queryable, email: string): Promise<Person | null> {
  const { rows } = await db.query<PersonRow>(`${SELECT_PERSON} WHERE p.email = $1 ORDER BY p.status LIMIT 1`, [email]);
  return rows[0] ? toPerson(rows[0]) : null;
}

type CursorKey = [familyName: string, givenName: string, id: string];

const encodeCursor = (key: CursorKey): string => Buffer.from(JSON.stringify(key)).toString('base64url');

function decodeCursor(cursor: string): CursorKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 3 && key.every((part) => typeof part === 'string')) return key as CursorKey;
  } catch {
    // fall through to the error below
  }
  throw new DomainError('BAD_USER_INPUT', 'The "after" cursor is not one this API gave out; start again without it.', { field: 'after' });
}

export const MAX_PAGE_SIZE = 100;

/** A page of an organisation's people, ordered by family name, given name, id (keyset pagination). */
export async function listPeople(
  db: Queryable,
  organisationId: string,
  filter: PeopleFilter,
  first: number,
  after: string | null,
): Promise<PersonConnection> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new DomainError('BAD_USER_INPUT', `"first" must be between 1 and ${MAX_PAGE_SIZE}.`, { field: 'first' });
  }
  const where = ['p.organisation_id = $1'];
  const params: unknown[] = [organisationId];
  const add = (sql: (n: number) => string, value: unknown): void => {
    params.push(value);
    where.push(sql(params.length));
  };
  if (filter.search) add((n) => `(p.given_name || ' ' || p.family_name || ' ' || p.email || ' ' || p.job_title) ILIKE $${n}`, `%${filter.search}%`);
  if (filter.staffGroup) add((n) => `p.staff_group = $${n}`, filter.staffGroup);
  if (filter.siteId) add((n) => `p.site_id = $${n}`, filter.siteId);
  if (filter.directorateId) add((n) => `p.directorate_id = $${n}`, filter.directorateId);
  if (filter.shiftPattern) add((n) => `p.shift_pattern = $${n}`, filter.shiftPattern);
  if (filter.clinical !== undefined && filter.clinical !== null) add((n) => `p.clinical = $${n}`, filter.clinical);
  if (filter.status) add((n) => `p.status = $${n}`, filter.status);
  const filtered = where.join(' AND ');
  const countParams = [...params];
  if (after) {
    const [family, given, id] = decodeCursor(after);
    params.push(family, given, id);
    where.push(`(p.family_name, p.given_name, p.id) > ($${params.length - 2}, $${params.length - 1}, $${params.length}::uuid)`);
  }
  params.push(first + 1);
  const [{ rows }, count] = await Promise.all([
    db.query<PersonRow>(`${SELECT_PERSON} WHERE ${where.join(' AND ')} ORDER BY p.family_name, p.given_name, p.id LIMIT $${params.length}`, params),
    db.query<{ total: string }>(`SELECT count(*) AS total FROM people p WHERE ${filtered}`, countParams),
  ]);
  const page = rows.slice(0, first).map(toPerson);
  const edges = page.map((node) => ({ node, cursor: encodeCursor([node.familyName, node.givenName, node.id]) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges[edges.length - 1]?.cursor ?? null },
    totalCount: Number(count.rows[0]?.total ?? 0),
  };
}
