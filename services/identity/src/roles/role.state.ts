import type { RoleGrant } from '@tapestry/auth';
import { ignoreUnknownEvent } from '../common';
import type { RoleEvent } from './role.events';

/** A person's role grants: one stream per person, which is what a token needs to read at login. */
export type RoleGrantsState = { status: 'none' } | { status: 'holding'; personId: string; grants: RoleGrant[] };

export const initialRoleGrantsState: RoleGrantsState = { status: 'none' };

export function sameGrant(a: RoleGrant, b: RoleGrant): boolean {
  return a.role === b.role && a.scope.kind === b.scope.kind && a.scope.id === b.scope.id;
}

export function grantsOf(state: RoleGrantsState): RoleGrant[] {
  return state.status === 'holding' ? state.grants : [];
}

export function evolveRoleGrants(state: RoleGrantsState, event: RoleEvent): RoleGrantsState {
  const grant: RoleGrant = { role: event.data.role, scope: event.data.scope };
  switch (event.type) {
    case 'RoleGranted':
      return { status: 'holding', personId: event.data.personId, grants: [...grantsOf(state), grant] };
    case 'RoleRevoked': {
      const grants = grantsOf(state).filter((held) => !sameGrant(held, grant));
      return grants.length === 0 ? { status: 'none' } : { status: 'holding', personId: event.data.personId, grants };
    }
    default:
      ignoreUnknownEvent(event);
      return state;
  }
}
