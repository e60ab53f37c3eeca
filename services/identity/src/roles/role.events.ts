import type { Role, RoleScope } from '@tapestry/auth';
import type { DomainEvent } from '@tapestry/eventsourcing';

export type RoleGranted = DomainEvent<'RoleGranted', { personId: string; role: Role; scope: RoleScope }>;
export type RoleRevoked = DomainEvent<'RoleRevoked', { personId: string; role: Role; scope: RoleScope }>;

export type RoleEvent = RoleGranted | RoleRevoked;
