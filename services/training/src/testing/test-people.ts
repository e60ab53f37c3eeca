import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { Principal, Role, RoleGrant } from '@tapestry/auth';
import { ensurePeopleDirectoryTables } from '../people-directory/people-directory.tables';

/** A person as training's people directory holds them (the contract in the training brief). */
export interface TestPerson {
  personId: string;
  organisationId: string;
  displayName: string;
  lineManagerId: string | null;
  status: 'active' | 'left';
  roles: RoleGrant[];
}

/**
 * Writes people straight into training's people directory: the quick way for a test about training itself to have
 * learners, organisers and managers. Tests of how identity's events reach the directory publish them instead
 * (TrainingTestApp.publishIdentityEvent).
 */
export class TestPeople {
  /** The directory's consumer creates its tables as the app starts; this makes sure of them before the first write. */
  private ready: Promise<void> | undefined;

  constructor(private readonly pool: Pool) {}

  async add(person: Partial<TestPerson> & { organisationId: string }): Promise<TestPerson> {
    this.ready ??= ensurePeopleDirectoryTables(this.pool);
    await this.ready;
    const added: TestPerson = {
      personId: randomUUID(),
      displayName: 'Test Person',
      lineManagerId: null,
      status: 'active',
      roles: [{ role: 'staff', scope: { kind: 'organisation', id: person.organisationId } }],
      ...person,
    };
    const roles = added.roles.map((grant) => ({ role: grant.role, scopeKind: grant.scope.kind, scopeId: grant.scope.id }));
    await this.pool.query(
      `INSERT INTO people (person_id, organisation_id, display_name, line_manager_id, status, roles) VALUES ($1, $2, $3, $4, $5, $6)`,
      [added.personId, added.organisationId, added.displayName, added.lineManagerId, added.status, JSON.stringify(roles)],
    );
    return added;
  }

  /** A member of staff holding `role` in their own organisation (besides staff). */
  withRole(organisationId: string, role: Role, displayName = `Test ${role}`): Promise<TestPerson> {
    return this.add({
      organisationId,
      displayName,
      roles: [
        { role: 'staff', scope: { kind: 'organisation', id: organisationId } },
        { role, scope: { kind: 'organisation', id: organisationId } },
      ],
    });
  }

  async joinConsortium(consortiumId: string, organisationId: string): Promise<void> {
    this.ready ??= ensurePeopleDirectoryTables(this.pool);
    await this.ready;
    await this.pool.query('INSERT INTO consortium_members (consortium_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      consortiumId,
      organisationId,
    ]);
  }
}

/** The principal the gateway would forward for `person` once signed in. */
export function principalOf(person: TestPerson): Principal {
  return { personId: person.personId, organisationId: person.organisationId, email: `${person.personId}@trust.example`, roles: person.roles };
}
