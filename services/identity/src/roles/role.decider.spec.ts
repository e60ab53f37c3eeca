import { DeciderSpecification } from '@tapestry/eventsourcing';
import type { RoleScope } from '@tapestry/auth';
import type { GrantRole, RevokeRole } from './role.decider';
import { roleGrantsDecider } from './role.decider';
import type { RoleEvent } from './role.events';

const spec = DeciderSpecification.for(roleGrantsDecider);
const trust: RoleScope = { kind: 'organisation', id: 'trust' };
const consortium: RoleScope = { kind: 'consortium', id: 'northshire' };
const grant = (role: string, scope: RoleScope, facts = { personExists: true, scopeExists: true }): GrantRole => ({
  type: 'GrantRole',
  personId: 'asha',
  role,
  scope,
  facts,
});
const revoke = (role: string, scope: RoleScope): RevokeRole => ({ type: 'RevokeRole', personId: 'asha', role, scope });
const granted = (role: GrantRole['role'], scope: RoleScope) => ({ type: 'RoleGranted', data: { personId: 'asha', role, scope } }) as RoleEvent;
const revoked = (role: GrantRole['role'], scope: RoleScope) => ({ type: 'RoleRevoked', data: { personId: 'asha', role, scope } }) as RoleEvent;

describe('role grants', () => {
  describe('when the person holds no roles', () => {
    it.each(['staff', 'coach', 'mentor', 'line_manager', 'programme_lead', 'supervisor', 'analyst', 'organisation_admin'])(
      'grants %s for an organisation',
      (role) => {
        spec.given([]).when(grant(role, trust)).then([granted(role, trust)]);
      },
    );

    it.each(['consortium_admin', 'programme_lead', 'supervisor', 'analyst'])('grants %s for a consortium', (role) => {
      spec.given([]).when(grant(role, consortium)).then([granted(role, consortium)]);
    });

    it.each(['staff', 'coach', 'mentor', 'line_manager', 'organisation_admin'])('refuses %s for a consortium', (role) => {
      spec.given([]).when(grant(role, consortium)).thenThrows('INVALID_ROLE_SCOPE');
    });

    it('refuses consortium_admin for an organisation', () => {
      spec
        .given([])
        .when(grant('consortium_admin', trust))
        .thenThrows('INVALID_ROLE_SCOPE', 'The consortium_admin role can only be granted for a consortium, not for an organisation.');
    });

    it('refuses an unknown role', () => {
      spec.given([]).when(grant('superuser', trust)).thenThrows('BAD_USER_INPUT');
    });

    it('refuses an unknown person', () => {
      spec.given([]).when(grant('coach', trust, { personExists: false, scopeExists: true })).thenThrows('NOT_FOUND');
    });

    it('refuses an unknown organisation or consortium', () => {
      spec.given([]).when(grant('coach', trust, { personExists: true, scopeExists: false })).thenThrows('NOT_FOUND');
    });

    it('refuses to revoke', () => {
      spec.given([]).when(revoke('coach', trust)).thenThrows('ROLE_NOT_GRANTED');
    });
  });

  describe('when the person holds roles', () => {
    const history = [granted('coach', trust), granted('analyst', consortium)];

    it('refuses to grant the same role in the same scope twice', () => {
      spec.given(history).when(grant('coach', trust)).thenThrows('ROLE_ALREADY_GRANTED');
    });

    it('grants the same role in another scope', () => {
      spec.given(history).when(grant('analyst', trust)).then([granted('analyst', trust)]);
    });

    it('revokes a held role', () => {
      spec.given(history).when(revoke('coach', trust)).then([revoked('coach', trust)]);
    });

    it('refuses to revoke a role held only in another scope', () => {
      spec.given(history).when(revoke('analyst', trust)).thenThrows('ROLE_NOT_GRANTED');
    });

    it('lets a revoked role be granted again', () => {
      spec.given([...history, revoked('coach', trust)]).when(grant('coach', trust)).then([granted('coach', trust)]);
    });

    it('holds nothing once every role is revoked', () => {
      const events = [granted('coach', trust), revoked('coach', trust)];
      const state = events.reduce((held, event) => roleGrantsDecider.evolve(held, event), roleGrantsDecider.initialState);
      expect(state).toEqual({ status: 'none' });
    });
  });
});
