import { DeciderSpecification } from '@tapestry/eventsourcing';
import { consortiumDecider } from './consortium.decider';
import type { ConsortiumEvent } from './consortium.events';

const spec = DeciderSpecification.for(consortiumDecider);
const consortiumId = 'con-1';
const created: ConsortiumEvent = { type: 'ConsortiumCreated', data: { consortiumId, name: 'Northshire Coaching Consortium' } };
const trustJoined: ConsortiumEvent = { type: 'ConsortiumMemberAdded', data: { consortiumId, organisationId: 'trust' } };
const trustLeft: ConsortiumEvent = { type: 'ConsortiumMemberRemoved', data: { consortiumId, organisationId: 'trust' } };

describe('consortium decider', () => {
  describe('when no consortium exists', () => {
    it('creates one with a trimmed name', () => {
      spec.given([]).when({ type: 'CreateConsortium', consortiumId, name: ' Northshire Coaching Consortium ' }).then([created]);
    });

    it('refuses an empty name', () => {
      spec.given([]).when({ type: 'CreateConsortium', consortiumId, name: '' }).thenThrows('BAD_USER_INPUT');
    });

    it('refuses to add a member', () => {
      spec
        .given([])
        .when({ type: 'AddConsortiumMember', consortiumId, organisationId: 'trust', organisationExists: true })
        .thenThrows('NOT_FOUND');
    });

    it('refuses to remove a member', () => {
      spec.given([]).when({ type: 'RemoveConsortiumMember', consortiumId, organisationId: 'trust' }).thenThrows('NOT_FOUND');
    });
  });

  describe('when the consortium exists', () => {
    it('refuses to create it again', () => {
      spec.given([created]).when({ type: 'CreateConsortium', consortiumId, name: 'Again' }).thenThrows('CONSORTIUM_EXISTS');
    });

    it('adds an organisation that exists', () => {
      spec
        .given([created])
        .when({ type: 'AddConsortiumMember', consortiumId, organisationId: 'trust', organisationExists: true })
        .then([trustJoined]);
    });

    it('refuses an unknown organisation', () => {
      spec
        .given([created])
        .when({ type: 'AddConsortiumMember', consortiumId, organisationId: 'ghost', organisationExists: false })
        .thenThrows('NOT_FOUND', /Organisation ghost does not exist; create it before adding it to Northshire Coaching Consortium/);
    });

    it('refuses an organisation that is already a member', () => {
      spec
        .given([created, trustJoined])
        .when({ type: 'AddConsortiumMember', consortiumId, organisationId: 'trust', organisationExists: true })
        .thenThrows('ALREADY_MEMBER');
    });

    it('removes a member', () => {
      spec.given([created, trustJoined]).when({ type: 'RemoveConsortiumMember', consortiumId, organisationId: 'trust' }).then([trustLeft]);
    });

    it('refuses to remove an organisation that is not a member', () => {
      spec.given([created]).when({ type: 'RemoveConsortiumMember', consortiumId, organisationId: 'trust' }).thenThrows('NOT_A_MEMBER');
    });

    it('lets a removed organisation rejoin', () => {
      spec
        .given([created, trustJoined, trustLeft])
        .when({ type: 'AddConsortiumMember', consortiumId, organisationId: 'trust', organisationExists: true })
        .then([trustJoined]);
    });
  });
});
