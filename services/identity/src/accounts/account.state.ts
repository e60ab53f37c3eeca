import { ignoreUnknownEvent } from '../common';
import type { AccountEvent } from './account.events';
import type { LockoutPolicy } from './lockout-policy';

export type AccountState =
  | { status: 'no_password' }
  | {
      status: 'active';
      personId: string;
      passwordHash: string;
      /** Times of failed sign-ins since the last success, lock or new password, at most `maxFailures` of them. */
      recentFailures: string[];
      lockedUntil: string | null;
    };

export const initialAccountState: AccountState = { status: 'no_password' };

export function accountEvolver(policy: LockoutPolicy) {
  return (state: AccountState, event: AccountEvent): AccountState => {
    switch (event.type) {
      case 'PasswordSet':
        return { status: 'active', personId: event.data.personId, passwordHash: event.data.passwordHash, recentFailures: [], lockedUntil: null };
      case 'LoginSucceeded':
        if (state.status !== 'active') return state;
        return { ...state, recentFailures: [] };
      case 'LoginFailed':
        if (state.status !== 'active') return state;
        return { ...state, recentFailures: [...state.recentFailures, event.data.at].slice(-policy.maxFailures) };
      case 'AccountLocked':
        if (state.status !== 'active') return state;
        return { ...state, recentFailures: [], lockedUntil: event.data.until };
      default:
        ignoreUnknownEvent(event);
        return state;
    }
  };
}

/** When the account is locked at `now`, the moment it opens again; so a handler can skip hashing a guess. */
export function lockedUntil(state: AccountState, now: Date): Date | undefined {
  if (state.status !== 'active' || state.lockedUntil === null) return undefined;
  const until = new Date(state.lockedUntil);
  return until > now ? until : undefined;
}
