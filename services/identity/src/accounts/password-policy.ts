import { DomainError } from '@tapestry/eventsourcing';

export const PASSWORD_MIN_LENGTH = 12;
/** Long passphrases are welcome; the cap only stops a megabyte "password" tying up the hasher. */
export const PASSWORD_MAX_LENGTH = 256;

function tooWeak(reason: string): DomainError {
  return new DomainError('PASSWORD_TOO_WEAK', `${reason} A few unrelated words make a strong password that is easy to remember.`, {
    field: 'password',
  });
}

/** Checked on the plain password before it is hashed; length counts characters, not bytes. */
export function checkPasswordPolicy(password: string, email: string): void {
  const length = [...password].length;
  if (length > PASSWORD_MAX_LENGTH) {
    throw new DomainError('BAD_USER_INPUT', `Passwords can be at most ${PASSWORD_MAX_LENGTH} characters.`, { field: 'password' });
  }
  if (length < PASSWORD_MIN_LENGTH) throw tooWeak(`Use at least ${PASSWORD_MIN_LENGTH} characters.`);
  if (new Set(password).size === 1) throw tooWeak('Do not repeat a single character.');
  const lowered = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const mailbox = address.split('@')[0];
  if (lowered.includes(address) || lowered === mailbox) throw tooWeak('Do not use your email address as your password.');
}
