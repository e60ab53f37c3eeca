import type { RoleScope } from '@tapestry/auth';
import type { Decider } from '@tapestry/eventsourcing';
import { DomainError } from '@tapestry/eventsourcing';
import { assertNever } from '../common';
import { requireRoleInScope } from './role-scope-rules';
import type { RoleEvent } from './role.events';
import type { RoleGrantsState } from './role.state';
import { evolveRoleGrants, grantsOf, initialRoleGrantsState, sameGrant } from './role.state';

export interface GrantRole {
  type: 'GrantRole';
  personId: string;
  role: string;
  scope: RoleScope;
  /** Looked up by the handler: the person is registered and has not left; the organisation or consortium exists. */
  facts: { personExists: boolean; scopeExists: boolean };
}
export interface RevokeRole {
  type: 'RevokeRole';
  personId: string;
  role: string;
  scope: RoleScope;
}
export type RoleCommand = GrantRole | RevokeRole;

function grantText(role: string, scope: RoleScope): string {
  return `${role} for ${scope.kind} ${scope.id}`;
}

export function decideRoleGrants(command: RoleCommand, state: RoleGrantsState): RoleEvent[] {
  const { personId, scope } = command;
  const role = requireRoleInScope(command.role, scope);
  const held = grantsOf(state).some((grant) => sameGrant(grant, { role, scope }));
  switch (command.type) {
    case 'GrantRole':
      if (!command.facts.personExists) {
        throw new DomainError('NOT_FOUND', `Person ${personId} is not a current member of staff.`, { field: 'personId' });
      }
      if (!command.facts.scopeExists) {
        throw new DomainError('NOT_FOUND', `There is no ${scope.kind} ${scope.id}.`, { field: 'scope' });
      }
      if (held) {
        throw new DomainError('ROLE_ALREADY_GRANTED', `${personId} already holds ${grantText(role, scope)}.`, { role, scope });
      }
      return [{ type: 'RoleGranted', data: { personId, role, scope: { kind: scope.kind, id: scope.id } } }];
    case 'RevokeRole':
      if (!held) {
        throw new DomainError('ROLE_NOT_GRANTED', `${personId} does not hold ${grantText(role, scope)}, so it cannot be revoked.`, { role, scope });
      }
      return [{ type: 'RoleRevoked', data: { personId, role, scope: { kind: scope.kind, id: scope.id } } }];
    default:
      return assertNever(command);
  }
}

export const roleGrantsDecider: Decider<RoleCommand, RoleEvent, RoleGrantsState> = {
  decide: decideRoleGrants,
  evolve: evolveRoleGrants,
  initialState: initialRoleGrantsState,
};
