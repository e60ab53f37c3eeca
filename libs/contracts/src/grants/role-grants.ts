import type { Role } from '@tapestry/auth';
import { Role as ProtoRole, ScopeKind as ProtoScopeKind } from '../gen/tapestry/identity/v1/events_pb';

const ROLE_OF: Record<ProtoRole, Role | null> = {
  [ProtoRole.UNSPECIFIED]: null,
  [ProtoRole.STAFF]: 'staff',
  [ProtoRole.COACH]: 'coach',
  [ProtoRole.MENTOR]: 'mentor',
  [ProtoRole.LINE_MANAGER]: 'line_manager',
  [ProtoRole.PROGRAMME_LEAD]: 'programme_lead',
  [ProtoRole.SUPERVISOR]: 'supervisor',
  [ProtoRole.ANALYST]: 'analyst',
  [ProtoRole.ORGANISATION_ADMIN]: 'organisation_admin',
  [ProtoRole.CONSORTIUM_ADMIN]: 'consortium_admin',
};

const SCOPE_OF: Record<ProtoScopeKind, 'organisation' | 'consortium' | null> = {
  [ProtoScopeKind.UNSPECIFIED]: null,
  [ProtoScopeKind.ORGANISATION]: 'organisation',
  [ProtoScopeKind.CONSORTIUM]: 'consortium',
};

/** A role grant as consumers of identity's events store it in their people directories. */
export interface StoredGrant {
  role: Role;
  scopeKind: 'organisation' | 'consortium';
  scopeId: string;
}

/** The grant a RoleGranted or RoleRevoked message names, or null for a role or scope this service does not know. */
export function grantOf(message: { role: ProtoRole; scopeKind: ProtoScopeKind; scopeId: string }): StoredGrant | null {
  const role = ROLE_OF[message.role] ?? null;
  const scopeKind = SCOPE_OF[message.scopeKind] ?? null;
  return role && scopeKind && message.scopeId ? { role, scopeKind, scopeId: message.scopeId } : null;
}
