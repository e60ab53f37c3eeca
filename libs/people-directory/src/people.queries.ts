import type { RoleGrant } from '@tapestry/auth';
import type { StoredGrant } from '@tapestry/contracts';
import type { Queryable } from '@tapestry/eventsourcing';
import type { ShiftPattern } from './shift-patterns';

/** A person as a service knows them from identity's events. */
export interface DirectoryPerson {
  personId: string;
  organisationId: string;
  siteId: string | null;
  directorateId: string | null;
  staffGroup: string;
  band: string;
  shiftPattern: ShiftPattern;
  lineManagerId: string | null;
  displayName: string;
  workEmail: string;
  status: 'active' | 'left';
  roles: RoleGrant[];
}

export interface PersonRow {
  person_id: string;
  organisation_id: string;
  display_name: string;
  work_email: string;
  site_id: string | null;
  directorate_id: string | null;
  staff_group: string;
  band: string;
  shift_pattern: ShiftPattern;
  line_manager_id: string | null;
  status: 'active' | 'left';
  roles: StoredGrant[];
}

export const PERSON_COLUMNS =
  'person_id, organisation_id, display_name, work_email, site_id, directorate_id, staff_group, band, shift_pattern, line_manager_id, status, roles';

export function personOf(row: PersonRow): DirectoryPerson {
  return {
    personId: row.person_id,
    organisationId: row.organisation_id,
    displayName: row.display_name,
    workEmail: row.work_email,
    siteId: row.site_id,
    directorateId: row.directorate_id,
    staffGroup: row.staff_group,
    band: row.band,
    shiftPattern: row.shift_pattern,
    lineManagerId: row.line_manager_id,
    status: row.status,
    roles: row.roles.map((grant) => ({ role: grant.role, scope: { kind: grant.scopeKind, id: grant.scopeId } })),
  };
}

export async function findPerson(db: Queryable, personId: string): Promise<DirectoryPerson | null> {
  const { rows } = await db.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people WHERE person_id = $1`, [personId]);
  return rows[0] ? personOf(rows[0]) : null;
}

export async function findPeople(db: Queryable, personIds: readonly string[]): Promise<Map<string, DirectoryPerson>> {
  if (personIds.length === 0) return new Map();
  const { rows } = await db.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people WHERE person_id = ANY($1::uuid[])`, [[...new Set(personIds)]]);
  return new Map(rows.map((row) => [row.person_id, personOf(row)]));
}

/** The consortia an organisation belongs to. */
export async function consortiaOf(db: Queryable, organisationId: string): Promise<string[]> {
  const { rows } = await db.query<{ consortium_id: string }>('SELECT consortium_id FROM consortium_members WHERE organisation_id = $1', [organisationId]);
  return rows.map((row) => row.consortium_id);
}

export async function consortiumMembers(db: Queryable, consortiumId: string): Promise<string[]> {
  const { rows } = await db.query<{ organisation_id: string }>('SELECT organisation_id FROM consortium_members WHERE consortium_id = $1', [consortiumId]);
  return rows.map((row) => row.organisation_id);
}

/**
 * Line managers of `personIds` and of their managers: two levels up, which is as far as the line-management rule
 * looks (manager, manager's manager); direct reports are found the other way round from the same map.
 */
export async function lineManagersOf(db: Queryable, personIds: readonly string[]): Promise<Record<string, string | null>> {
  const { rows } = await db.query<{ person_id: string; line_manager_id: string | null }>(
    `WITH first AS (SELECT person_id, line_manager_id FROM people WHERE person_id = ANY($1::uuid[]))
     SELECT person_id, line_manager_id FROM first
     UNION SELECT p.person_id, p.line_manager_id FROM people p JOIN first f ON p.person_id = f.line_manager_id`,
    [[...new Set(personIds)]],
  );
  return Object.fromEntries(rows.map((row) => [row.person_id, row.line_manager_id]));
}

