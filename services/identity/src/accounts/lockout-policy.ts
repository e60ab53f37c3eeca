/** How many failed sign-ins, within how long, lock an account, and for how long. */
export interface LockoutPolicy {
  maxFailures: number;
  failureWindowMs: number;
  lockDurationMs: number;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** Five failures within fifteen minutes lock the account for fifteen minutes: slows guessing, spares typos. */
export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = {
  maxFailures: 5,
  failureWindowMs: FIFTEEN_MINUTES,
  lockDurationMs: FIFTEEN_MINUTES,
};
