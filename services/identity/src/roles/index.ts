export { decideRoleGrants, roleGrantsDecider } from './role.decider';
export type { GrantRole, RevokeRole, RoleCommand } from './role.decider';
export type { RoleEvent, RoleGranted, RoleRevoked } from './role.events';
export { evolveRoleGrants, grantsOf, initialRoleGrantsState, sameGrant } from './role.state';
export type { RoleGrantsState } from './role.state';
export { requireRoleInScope, ROLE_SCOPE_KINDS } from './role-scope-rules';
