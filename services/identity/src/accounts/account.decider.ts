import type { Decider } from '@tapestry/eventsourcing';
import type { DomainError } from '@tapestry/eventsourcing';
import { assertNever } from '../common';
import { accountLocked, invalidCredentials } from './account.errors';
import type { AccountEvent } from './account.events';
import type { AccountState } from './account.state';
import { accountEvolver, initialAccountState, lockedUntil } from './account.state';
import type { LockoutPolicy } from './lockout-policy';
import { DEFAULT_LOCKOUT_POLICY } from './lockout-policy';

/** Carries the argon2id hash: the handler hashes after checking the password policy; the plain text never gets here. */
export interface SetPassword {
  type: 'SetPassword';
  personId: string;
  passwordHash: string;
  now: Date;
}
/** Sent by the handler after the password verified against the stored hash. */
export interface RecordLoginSucceeded {
  type: 'RecordLoginSucceeded';
  personId: string;
  now: Date;
}
/** Sent by the handler after the password did not verify. */
export interface RecordLoginFailed {
  type: 'RecordLoginFailed';
  personId: string;
  now: Date;
}
export type AccountCommand = SetPassword | RecordLoginSucceeded | RecordLoginFailed;

type ActiveAccount = Extract<AccountState, { status: 'active' }>;

function requireOpenAccount(state: AccountState, now: Date): ActiveAccount {
  switch (state.status) {
    case 'no_password':
      throw invalidCredentials();
    case 'active': {
      const until = lockedUntil(state, now);
      if (until) throw accountLocked(until);
      return state;
    }
    default:
      return assertNever(state);
  }
}

export function createAccountDecider(policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY): Decider<AccountCommand, AccountEvent, AccountState> {
  const decide = (command: AccountCommand, state: AccountState): AccountEvent[] => {
    const { personId, now } = command;
    const at = now.toISOString();
    switch (command.type) {
      case 'SetPassword':
        if (!command.passwordHash.startsWith('$argon2id$')) {
          // A programming error, not bad input: refuse loudly rather than store a plain password.
          throw new Error('SetPassword needs an argon2id hash; hash the password before deciding.');
        }
        return [{ type: 'PasswordSet', data: { personId, passwordHash: command.passwordHash, at } }];
      case 'RecordLoginSucceeded':
        requireOpenAccount(state, now);
        return [{ type: 'LoginSucceeded', data: { personId, at } }];
      case 'RecordLoginFailed': {
        const account = requireOpenAccount(state, now);
        const windowStart = now.getTime() - policy.failureWindowMs;
        const recent = account.recentFailures.filter((failure) => new Date(failure).getTime() > windowStart).length + 1;
        const failed: AccountEvent = { type: 'LoginFailed', data: { personId, at } };
        if (recent < policy.maxFailures) return [failed];
        const until = new Date(now.getTime() + policy.lockDurationMs).toISOString();
        return [failed, { type: 'AccountLocked', data: { personId, at, until } }];
      }
      default:
        return assertNever(command);
    }
  };
  return { decide, evolve: accountEvolver(policy), initialState: initialAccountState };
}

export const accountDecider = createAccountDecider();

/** The error to answer a failed sign-in with, once its events are stored: locked if this failure locked it. */
export function loginRefusal(events: AccountEvent[]): DomainError {
  const locked = events.find((event) => event.type === 'AccountLocked');
  return locked ? accountLocked(new Date(locked.data.until)) : invalidCredentials();
}
