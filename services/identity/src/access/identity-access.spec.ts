import type { Principal, RoleGrant } from '@tapestry/auth';
import {
  canCreateConsortium,
  canCreateOrganisation,
  canGrant,
  canManagePeopleOf,
  canReadPeopleOf,
  canReadPerson,
  canRecordLawfulBasis,
} from './identity-access';

const TRUST = 'org-trust';
const POLICE = 'org-police';
const CONSORTIUM = 'consortium-north';

function principal(personId: string, roles: RoleGrant[], organisationId = TRUST): Principal {
  return { personId, organisationId, email: `${personId}@example.nhs.uk`, roles };
}
const inOrg = (role: RoleGrant['role'], id = TRUST): RoleGrant => ({ role, scope: { kind: 'organisation', id } });
const inConsortium = (role: RoleGrant['role'], id = CONSORTIUM): RoleGrant => ({ role, scope: { kind: 'consortium', id } });

const nurse = { personId: 'nurse', lineManagerId: 'sister', organisationId: TRUST, consortiumIds: [CONSORTIUM] };

describe('who may read a person', () => {
  it('lets a person read their own record and nobody else’s', () => {
    expect(canReadPerson(principal('nurse', [inOrg('staff')]), nurse)).toBe(true);
    expect(canReadPerson(principal('porter', [inOrg('staff')]), nurse)).toBe(false);
  });

  it('lets a line manager read their direct report', () => {
    expect(canReadPerson(principal('sister', [inOrg('line_manager')]), nurse)).toBe(true);
  });

  it('lets programme leads and admins of the organisation read its people, but not analysts', () => {
    expect(canReadPerson(principal('lead', [inOrg('programme_lead')]), nurse)).toBe(true);
    expect(canReadPerson(principal('admin', [inOrg('organisation_admin')]), nurse)).toBe(true);
    expect(canReadPerson(principal('analyst', [inOrg('analyst')]), nurse)).toBe(false);
  });

  it('keeps another organisation’s people out of reach unless a consortium role grants it', () => {
    const policeAdmin = principal('chief', [inOrg('organisation_admin', POLICE)], POLICE);
    expect(canReadPerson(policeAdmin, nurse)).toBe(false);
    const consortiumLead = principal('regional-lead', [inConsortium('programme_lead')], POLICE);
    expect(canReadPerson(consortiumLead, nurse)).toBe(true);
    expect(canReadPeopleOf(consortiumLead, { organisationId: TRUST, consortiumIds: [] })).toBe(false);
  });
});

describe('who may manage', () => {
  it('lets organisation admins manage their own organisation only', () => {
    const admin = principal('admin', [inOrg('organisation_admin')]);
    expect(canManagePeopleOf(admin, TRUST)).toBe(true);
    expect(canManagePeopleOf(admin, POLICE)).toBe(false);
  });

  it('lets consortium admins create organisations and organisation admins found consortia', () => {
    expect(canCreateOrganisation(principal('c', [inConsortium('consortium_admin')]))).toBe(true);
    expect(canCreateOrganisation(principal('a', [inOrg('organisation_admin')]))).toBe(false);
    expect(canCreateConsortium(principal('a', [inOrg('organisation_admin')]))).toBe(true);
    expect(canCreateConsortium(principal('s', [inOrg('staff')]))).toBe(false);
  });

  it('grants organisation roles only to the organisation’s own staff, consortium roles only within members', () => {
    const admin = principal('admin', [inOrg('organisation_admin'), inConsortium('consortium_admin')]);
    expect(canGrant(admin, inOrg('coach'), { organisationId: TRUST, consortiumIds: [] })).toBe(true);
    expect(canGrant(admin, inOrg('coach'), { organisationId: POLICE, consortiumIds: [CONSORTIUM] })).toBe(false);
    expect(canGrant(admin, inConsortium('programme_lead'), { organisationId: POLICE, consortiumIds: [CONSORTIUM] })).toBe(true);
    expect(canGrant(admin, inConsortium('programme_lead'), { organisationId: POLICE, consortiumIds: [] })).toBe(false);
  });
});

describe('who may state an organisation’s lawful basis for equality data', () => {
  it('lets that organisation’s admin, and nobody else there', () => {
    expect(canRecordLawfulBasis(principal('admin', [inOrg('organisation_admin')]), TRUST)).toBe(true);
    for (const role of ['staff', 'programme_lead', 'analyst', 'supervisor'] as const) {
      expect(canRecordLawfulBasis(principal(role, [inOrg(role)]), TRUST)).toBe(false);
    }
  });

  it('refuses an admin of another organisation and a consortium admin over the organisation', () => {
    expect(canRecordLawfulBasis(principal('chief', [inOrg('organisation_admin', POLICE)], POLICE), TRUST)).toBe(false);
    expect(canRecordLawfulBasis(principal('regional-admin', [inConsortium('consortium_admin')]), TRUST)).toBe(false);
  });
});
