import { metadataFor } from '@tapestry/nest-kit';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Principal, Role, RoleGrant } from '@tapestry/auth';
import { PasswordService } from '../accounts/password.service';
import { CreateConsortiumCommand } from '../consortia/consortium.handlers';
import { IdentityStore } from '../infrastructure/identity-store';
import { OrganisationKind } from '../organisations/organisation.graphql-types';
import { CreateOrganisationCommand } from '../organisations/organisation.handlers';
import { RegisterPersonCommand } from '../people/person.handlers';
import { ShiftPatternType } from '../people/person.graphql-types';
import { findPersonByEmail } from '../people/person.queries';
import { ChangeRoleCommand } from '../roles/role.handlers';
import { ImportStaffCommand } from '../staff-import/staff-import.handlers';
import { DEMO_TRUST, demoStaffList } from './demo-staff-list';

/** Meets the password policy; printed by `npm start`. Demo data only: never a real deployment's password. */
export const DEMO_PASSWORD = 'tapestry-demo-2026';

/** Which generated member of staff signs in as which role (indexes into the generated list). */
const DEMO_ROLE_HOLDERS: { role: Role; index: number }[] = [
  { role: 'organisation_admin', index: 5 },
  { role: 'programme_lead', index: 12 },
  { role: 'line_manager', index: 6 },
  { role: 'coach', index: 40 },
  { role: 'mentor', index: 41 },
  { role: 'supervisor', index: 42 },
  { role: 'analyst', index: 43 },
  { role: 'staff', index: 44 },
];

const seeder = (roles: RoleGrant[], organisationId = ''): Principal => ({ personId: 'system:demo-seed', organisationId, email: 'demo-seed@tapestry.invalid', roles });
const inOrganisation = (role: Role, id: string): RoleGrant => ({ role, scope: { kind: 'organisation', id } });

/**
 * First start only: a demo trust of a few hundred generated staff, imported through the real ESR import, two
 * partner organisations in a consortium, and a login for every role. Runs through the same command handlers as the API.
 */
export async function seedDemo(app: INestApplicationContext, loginsFile: string): Promise<void> {
  if (existsSync(loginsFile)) return;
  const commands = app.get(CommandBus);
  const bootstrap = seeder([{ role: 'consortium_admin', scope: { kind: 'consortium', id: randomUUID() } }]);
  const trust = await commands.execute(
    new CreateOrganisationCommand({ name: DEMO_TRUST.name, kind: OrganisationKind.NHS_TRUST, odsCode: DEMO_TRUST.odsCode, sites: DEMO_TRUST.sites, directorates: DEMO_TRUST.directorates }, bootstrap),
  );
  const police = await commands.execute(new CreateOrganisationCommand({ name: 'Riverside Police', kind: OrganisationKind.POLICE, sites: ['Central Station'] }, bootstrap));
  const fire = await commands.execute(new CreateOrganisationCommand({ name: 'Riverside Fire and Rescue Service', kind: OrganisationKind.FIRE_AND_RESCUE }, bootstrap));
  const trustAdmin = seeder([inOrganisation('organisation_admin', trust.id)], trust.id);
  const { csv, staff } = demoStaffList();
  await commands.execute(new ImportStaffCommand(trust.id, csv, trustAdmin, new Date()));
  const policeCoach = await commands.execute(
    new RegisterPersonCommand(
      { organisationId: police.id, givenName: 'Jordan', familyName: 'Hale', email: 'jordan.hale@riverside-police.example.police.uk', jobTitle: 'Inspector', staffGroup: 'non_nhs', band: 'Inspector', siteId: police.sites[0]?.id, shiftPattern: ShiftPatternType.ROTATING, clinical: false, startDate: '2012-09-03' },
      seeder([inOrganisation('organisation_admin', police.id)], police.id),
    ),
  );
  const store = app.get(IdentityStore);
  const person = async (email: string) => {
    const found = await findPersonByEmail(store.pool, email);
    if (!found) throw new Error(`Demo seed: ${email} was not imported`);
    return found;
  };
  const logins: { role: string; email: string; name: string; personId: string }[] = [];
  for (const { role, index } of DEMO_ROLE_HOLDERS) {
    const holder = await person(staff[index]?.email ?? '');
    if (role !== 'staff') await commands.execute(new ChangeRoleCommand('grant', holder.id, inOrganisation(role, trust.id), trustAdmin));
    logins.push({ role, email: holder.email, name: `${holder.givenName} ${holder.familyName}, ${holder.jobTitle}`, personId: holder.id });
  }
  const consortiumAdmin = await person(staff[2]?.email ?? '');
  await commands.execute(
    new CreateConsortiumCommand(
      { name: 'Riverside Coaching and Mentoring Consortium', memberOrganisationIds: [trust.id, police.id, fire.id] },
      { ...seeder([inOrganisation('organisation_admin', trust.id)], trust.id), personId: consortiumAdmin.id },
    ),
  );
  logins.push({ role: 'consortium_admin', email: consortiumAdmin.email, name: `${consortiumAdmin.givenName} ${consortiumAdmin.familyName}, ${consortiumAdmin.jobTitle}`, personId: consortiumAdmin.id });
  logins.push({ role: 'coach (police)', email: policeCoach.email, name: 'Jordan Hale, Inspector', personId: policeCoach.id });
  const passwords = app.get(PasswordService);
  for (const login of logins) {
    const hash = await passwords.hashNew(DEMO_PASSWORD, login.email);
    await store.transact((events) => passwords.setInTransaction(events, login.personId, hash, metadataFor('system:demo-seed', undefined)));
  }
  await mkdir(dirname(loginsFile), { recursive: true });
  await writeFile(loginsFile, JSON.stringify({ password: DEMO_PASSWORD, logins: logins.map(({ role, email, name }) => ({ role, email, name })) }, null, 2));
}
