import { DomainError } from '@tapestry/eventsourcing';

/** The same answer for an unknown email, an account without a password and a wrong password: no hints. */
export function invalidCredentials(): DomainError {
  return new DomainError('INVALID_CREDENTIALS', 'The email or password is not right. Check both and try again.');
}

export function accountLocked(until: Date): DomainError {
  const when = `${until.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return new DomainError(
    'ACCOUNT_LOCKED',
    `Too many failed sign-in attempts: this account is locked until ${when}. Try again after that, or ask an organisation admin to reset your password.`,
    { lockedUntil: until.toISOString() },
  );
}
