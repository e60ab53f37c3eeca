import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { Principal, Role, RoleGrant } from '@tapestry/auth';
import { ensureDirectoryTables } from '../directory/directory.tables';
import type { PersonFacts, Programme, ShiftPattern, SupportKind } from '../optimiser/round.types';

/** A person as matching's directory holds them. */
export interface TestPerson extends PersonFacts {
  displayName: string;
  workEmail: string;
  roles: RoleGrant[];
}

export type NewTestPerson = Partial<Omit<TestPerson, 'organisationId'>> & { organisationId: string };

/**
 * Writes people, consortium memberships and eligibility straight into matching's directory: the quick way for a test
 * about matching itself. Tests of the path from identity's and training's events publish those instead.
 */
export class TestPeople {
  private ready: Promise<void> | undefined;

  constructor(private readonly pool: Pool) {}

  private async tables(): Promise<void> {
    this.ready ??= ensureDirectoryTables(this.pool);
    await this.ready;
  }

  async add(person: NewTestPerson): Promise<TestPerson> {
    await this.tables();
    const personId = person.personId ?? randomUUID();
    const added: TestPerson = {
      personId,
      displayName: `Person ${personId.slice(0, 4)}`,
      workEmail: `${personId.slice(0, 8)}@trust.example`,
      siteId: null,
      directorateId: null,
      staffGroup: 'Administrative and Clerical',
      band: 'Band 5',
      shiftPattern: 'days' satisfies ShiftPattern,
      lineManagerId: null,
      roles: [{ role: 'staff', scope: { kind: 'organisation', id: person.organisationId } }],
      ...person,
    };
    const roles = added.roles.map((grant) => ({ role: grant.role, scopeKind: grant.scope.kind, scopeId: grant.scope.id }));
    await this.pool.query(
      `INSERT INTO people (person_id, organisation_id, display_name, work_email, site_id, directorate_id, staff_group, band, shift_pattern, line_manager_id, roles)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        added.personId,
        added.organisationId,
        added.displayName,
        added.workEmail,
        added.siteId,
        added.directorateId,
        added.staffGroup,
        added.band,
        added.shiftPattern,
        added.lineManagerId,
        JSON.stringify(roles),
      ],
    );
    return added;
  }

  /** A member of staff also holding `role` in their own organisation. */
  withRole(organisationId: string, role: Role, extra: Partial<NewTestPerson> = {}): Promise<TestPerson> {
    return this.add({
      ...extra,
      organisationId,
      roles: [
        { role: 'staff', scope: { kind: 'organisation', id: organisationId } },
        { role, scope: { kind: 'organisation', id: organisationId } },
      ],
    });
  }

  /** Eligible to give `kind` of support in the programme, as training's CoachEligibilityChanged would say. */
  async makeEligible(person: TestPerson, programme: Programme, kind: SupportKind, eligible = true): Promise<void> {
    await this.tables();
    await this.pool.query(
      `INSERT INTO coach_eligibility (person_id, programme, kind, organisation_id, eligible) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (person_id, programme, kind) DO UPDATE SET eligible = EXCLUDED.eligible`,
      [person.personId, programme, kind, person.organisationId, eligible],
    );
  }

  async joinConsortium(consortiumId: string, organisationId: string): Promise<void> {
    await this.tables();
    await this.pool.query('INSERT INTO consortium_members (consortium_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [consortiumId, organisationId]);
  }
}

/** The principal the gateway would forward for `person` once signed in. */
export function principalOf(person: TestPerson): Principal {
  return { personId: person.personId, organisationId: person.organisationId, email: person.workEmail, roles: person.roles };
}
