import { DeciderSpecification } from '@tapestry/eventsourcing';
import { organisationDecider } from './organisation.decider';
import type { OrganisationEvent } from './organisation.events';

const spec = DeciderSpecification.for(organisationDecider);
const organisationId = 'org-1';
const created: OrganisationEvent = {
  type: 'OrganisationCreated',
  data: { organisationId, name: 'Riverside NHS Foundation Trust', kind: 'nhs_trust', odsCode: 'RX1' },
};
const northWing: OrganisationEvent = { type: 'SiteAdded', data: { organisationId, siteId: 'site-1', name: 'North Wing' } };
const surgery: OrganisationEvent = {
  type: 'DirectorateAdded',
  data: { organisationId, directorateId: 'dir-1', name: 'Surgery' },
};

describe('organisation decider', () => {
  describe('when no organisation exists', () => {
    it('creates one, trimming the name and upper-casing the ODS code', () => {
      spec
        .given([])
        .when({ type: 'CreateOrganisation', organisationId, name: '  Riverside NHS Foundation Trust ', kind: 'nhs_trust', odsCode: ' rx1 ' })
        .then([created]);
    });

    it('creates one without an ODS code, as a police force or school has none', () => {
      spec
        .given([])
        .when({ type: 'CreateOrganisation', organisationId, name: 'Shire Constabulary', kind: 'police' })
        .then([{ type: 'OrganisationCreated', data: { organisationId, name: 'Shire Constabulary', kind: 'police', odsCode: null } }]);
    });

    it('treats a blank ODS code as none', () => {
      spec
        .given([])
        .when({ type: 'CreateOrganisation', organisationId, name: 'Oak School', kind: 'school', odsCode: '  ' })
        .then([{ type: 'OrganisationCreated', data: { organisationId, name: 'Oak School', kind: 'school', odsCode: null } }]);
    });

    it('accepts a GP practice code', () => {
      spec
        .given([])
        .when({ type: 'CreateOrganisation', organisationId, name: 'Elm Surgery', kind: 'gp_practice', odsCode: 'A81001' })
        .then([{ type: 'OrganisationCreated', data: { organisationId, name: 'Elm Surgery', kind: 'gp_practice', odsCode: 'A81001' } }]);
    });

    it.each(['R1', 'RX1-01', 'ABCDEFGHIJ', 'RX 1'])('refuses the ODS code %p', (odsCode) => {
      spec
        .given([])
        .when({ type: 'CreateOrganisation', organisationId, name: 'Trust', kind: 'nhs_trust', odsCode })
        .thenThrows('BAD_USER_INPUT', /is not an ODS code: expected 3 to 9 letters or digits/);
    });

    it('refuses an empty name', () => {
      spec
        .given([])
        .when({ type: 'CreateOrganisation', organisationId, name: '   ', kind: 'icb' })
        .thenThrows('BAD_USER_INPUT', /Organisation name is required/);
    });

    it('refuses a name over 200 characters', () => {
      spec.given([]).when({ type: 'CreateOrganisation', organisationId, name: 'x'.repeat(201), kind: 'icb' }).thenThrows('BAD_USER_INPUT');
    });

    it('refuses an unknown kind', () => {
      spec
        .given([])
        .when({ type: 'CreateOrganisation', organisationId, name: 'Acme', kind: 'charity' })
        .thenThrows('BAD_USER_INPUT', /nhs_trust, icb, gp_practice/);
    });

    it('refuses a site for an organisation that does not exist', () => {
      spec.given([]).when({ type: 'AddSite', organisationId, siteId: 'site-1', name: 'North Wing' }).thenThrows('NOT_FOUND');
    });

    it('refuses a directorate for an organisation that does not exist', () => {
      spec.given([]).when({ type: 'AddDirectorate', organisationId, directorateId: 'dir-1', name: 'Surgery' }).thenThrows('NOT_FOUND');
    });
  });

  describe('when the organisation exists', () => {
    it('refuses to create it again', () => {
      spec
        .given([created])
        .when({ type: 'CreateOrganisation', organisationId, name: 'Other', kind: 'other' })
        .thenThrows('ORGANISATION_EXISTS');
    });

    it('adds a site', () => {
      spec.given([created]).when({ type: 'AddSite', organisationId, siteId: 'site-1', name: ' North  Wing ' }).then([northWing]);
    });

    it('refuses a second site of the same name, whatever its case and spacing', () => {
      spec
        .given([created, northWing])
        .when({ type: 'AddSite', organisationId, siteId: 'site-2', name: 'north wing' })
        .thenThrows('DUPLICATE_SITE', 'Riverside NHS Foundation Trust already has a site called "North Wing"; use that one or pick another name.');
    });

    it('refuses an empty site name', () => {
      spec.given([created]).when({ type: 'AddSite', organisationId, siteId: 'site-1', name: '' }).thenThrows('BAD_USER_INPUT');
    });

    it('adds a directorate, even one named like a site', () => {
      spec
        .given([created, northWing])
        .when({ type: 'AddDirectorate', organisationId, directorateId: 'dir-1', name: 'Surgery' })
        .then([surgery]);
    });

    it('refuses a second directorate of the same name', () => {
      spec
        .given([created, surgery])
        .when({ type: 'AddDirectorate', organisationId, directorateId: 'dir-2', name: 'SURGERY' })
        .thenThrows('DUPLICATE_DIRECTORATE');
    });

    it('refuses an empty directorate name', () => {
      spec.given([created]).when({ type: 'AddDirectorate', organisationId, directorateId: 'dir-1', name: ' ' }).thenThrows('BAD_USER_INPUT');
    });
  });
});
