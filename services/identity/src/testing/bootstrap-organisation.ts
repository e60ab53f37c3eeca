import { randomUUID } from 'node:crypto';
import type { CommandBus } from '@nestjs/cqrs';
import type { Principal, RoleGrant } from '@tapestry/auth';
import { OrganisationKind, type CreateOrganisationInput, type Organisation } from '../organisations/organisation.graphql-types';
import { CreateOrganisationCommand } from '../organisations/organisation.handlers';
import { ShiftPatternType, type Person } from '../people/person.graphql-types';
import { RegisterPersonCommand } from '../people/person.handlers';
import { ChangeRoleCommand } from '../roles/role.handlers';
import { principalOf } from './principal-of';

export interface BootstrappedOrganisation {
  organisation: Organisation;
  /** A real member of staff holding organisation_admin, as the gateway would forward them after login. */
  admin: Principal;
  adminPerson: Person;
}

/** Who sets a test organisation up: nobody real, like the demo seeder; recorded as the actor of its events. */
const SETUP_ACTOR = 'system:test-setup';
const setup = (roles: RoleGrant[], organisationId = ''): Principal => ({ personId: SETUP_ACTOR, organisationId, email: 'test-setup@tapestry.invalid', roles });

/**
 * An organisation with an admin, made through the same command handlers the API uses: a synthetic consortium admin
 * creates it, a synthetic organisation admin registers its first admin and grants them the role.
 */
export async function bootstrapOrganisation(
  commands: CommandBus,
  input: Partial<CreateOrganisationInput> = {},
): Promise<BootstrappedOrganisation> {
  const founder = setup([{ role: 'consortium_admin', scope: { kind: 'consortium', id: randomUUID() } }]);
  const organisation = await commands.execute(
    new CreateOrganisationCommand({ name: `Test Trust ${randomUUID().slice(0, 8)}`, kind: OrganisationKind.NHS_TRUST, ...input }, founder),
  );
  const adminGrant: RoleGrant = { role: 'organisation_admin', scope: { kind: 'organisation', id: organisation.id } };
  const registrar = setup([adminGrant], organisation.id);
  const registered = await commands.execute(
    new RegisterPersonCommand(
      {
        organisationId: organisation.id,
        givenName: 'Morgan',
        familyName: 'Admin',
        email: `admin.${organisation.id.slice(0, 8)}@trust-admin.example`,
        jobTitle: 'Workforce Systems Manager',
        staffGroup: 'administrative_and_clerical',
        band: 'Band 6',
        shiftPattern: ShiftPatternType.DAYS,
        clinical: false,
        startDate: '2019-04-01',
      },
      registrar,
    ),
  );
  const adminPerson = await commands.execute(new ChangeRoleCommand('grant', registered.id, adminGrant, registrar));
  return { organisation, admin: principalOf(adminPerson), adminPerson };
}
