import { DomainError } from '@tapestry/eventsourcing';
import { checkPasswordPolicy } from './password-policy';

const email = 'Asha.Patel-Smith@trust.example';

function refusal(password: string): DomainError | undefined {
  try {
    checkPasswordPolicy(password, email);
    return undefined;
  } catch (error) {
    return error as DomainError;
  }
}

describe('password policy', () => {
  it.each(['river otter lantern', 'twelve chars', 'naïve café ☕ crème'])('accepts %p', (password) => {
    expect(refusal(password)).toBeUndefined();
  });

  it.each([
    ['eleven char', 'at least 12'],
    ['aaaaaaaaaaaaaaaa', 'single character'],
    ['asha.patel-smith@trust.example', 'email'],
    ['ASHA.PATEL-SMITH@TRUST.EXAMPLE!!', 'email'],
    [' Asha.Patel-Smith ', 'email'],
  ])('refuses %p as too weak', (password, mentioned) => {
    const error = refusal(password);
    expect(error?.code).toBe('PASSWORD_TOO_WEAK');
    expect(error?.message).toContain(mentioned);
  });

  it('counts characters, not bytes: eleven emoji are too short', () => {
    expect(refusal('🙂'.repeat(5) + '🌳'.repeat(6))?.code).toBe('PASSWORD_TOO_WEAK');
  });

  it('refuses a password over 256 characters as bad input', () => {
    expect(refusal('correct horse '.repeat(20))?.code).toBe('BAD_USER_INPUT');
  });
});
