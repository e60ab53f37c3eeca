import type { DomainEvent } from '@tapestry/eventsourcing';

/**
 * Account events stay inside identity's own store: the hash is a secret and sign-in history is personal, so
 * none of these is ever published to other services.
 */
export type PasswordSet = DomainEvent<'PasswordSet', { personId: string; passwordHash: string; at: string }>;
export type LoginSucceeded = DomainEvent<'LoginSucceeded', { personId: string; at: string }>;
export type LoginFailed = DomainEvent<'LoginFailed', { personId: string; at: string }>;
export type AccountLocked = DomainEvent<'AccountLocked', { personId: string; at: string; until: string }>;

export type AccountEvent = PasswordSet | LoginSucceeded | LoginFailed | AccountLocked;
