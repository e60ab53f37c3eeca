import { DeciderSpecification } from '@tapestry/eventsourcing';
import { accountDecider, createAccountDecider, loginRefusal } from './account.decider';
import type { AccountEvent } from './account.events';

const spec = DeciderSpecification.for(accountDecider);
const personId = 'asha';
const hash = '$argon2id$v=19$m=65536,p=4,t=3$c2FsdHNhbHQ$aGFzaGhhc2g';
const at = (time: string) => new Date(`2025-05-03T${time}:00.000Z`);
const passwordSet: AccountEvent = { type: 'PasswordSet', data: { personId, passwordHash: hash, at: at('09:00').toISOString() } };
const failedAt = (time: string): AccountEvent => ({ type: 'LoginFailed', data: { personId, at: at(time).toISOString() } });
const lockedAt = (time: string, until: string): AccountEvent => ({
  type: 'AccountLocked',
  data: { personId, at: at(time).toISOString(), until: at(until).toISOString() },
});
const succeed = (time: string) => ({ type: 'RecordLoginSucceeded', personId, now: at(time) }) as const;
const fail = (time: string) => ({ type: 'RecordLoginFailed', personId, now: at(time) }) as const;
const fourFailures = [failedAt('10:00'), failedAt('10:01'), failedAt('10:02'), failedAt('10:03')];

describe('account decider', () => {
  describe('without a password', () => {
    it('sets one from its hash', () => {
      spec.given([]).when({ type: 'SetPassword', personId, passwordHash: hash, now: at('09:00') }).then([passwordSet]);
    });

    it('refuses anything but an argon2id hash, so a plain password is never stored', () => {
      expect(() => accountDecider.decide({ type: 'SetPassword', personId, passwordHash: 'correct horse battery', now: at('09:00') }, { status: 'no_password' })).toThrow(
        /argon2id hash/,
      );
    });

    it('refuses a sign-in as invalid credentials', () => {
      spec.given([]).when(succeed('10:00')).thenThrows('INVALID_CREDENTIALS');
    });

    it('records no failure, answering invalid credentials', () => {
      spec.given([]).when(fail('10:00')).thenThrows('INVALID_CREDENTIALS');
    });
  });

  describe('with a password', () => {
    it('records a successful sign-in', () => {
      spec.given([passwordSet]).when(succeed('10:00')).then([{ type: 'LoginSucceeded', data: { personId, at: at('10:00').toISOString() } }]);
    });

    it('records a failed sign-in', () => {
      spec.given([passwordSet]).when(fail('10:00')).then([failedAt('10:00')]);
    });

    it('locks for fifteen minutes on the fifth failure within fifteen minutes', () => {
      spec.given([passwordSet, ...fourFailures]).when(fail('10:14')).then([failedAt('10:14'), lockedAt('10:14', '10:29')]);
    });

    it('does not count failures older than fifteen minutes', () => {
      spec.given([passwordSet, ...fourFailures]).when(fail('10:16')).then([failedAt('10:16')]);
    });

    it('starts counting again after a successful sign-in', () => {
      const success: AccountEvent = { type: 'LoginSucceeded', data: { personId, at: at('10:04').toISOString() } };
      spec.given([passwordSet, ...fourFailures, success]).when(fail('10:05')).then([failedAt('10:05')]);
    });
  });

  describe('when locked', () => {
    const locked = [passwordSet, ...fourFailures, failedAt('10:04'), lockedAt('10:04', '10:19')];

    it('refuses even the right password, saying until when', () => {
      spec.given(locked).when(succeed('10:10')).thenThrows('ACCOUNT_LOCKED', /locked until 2025-05-03 10:19 UTC\. Try again after that/);
    });

    it('refuses a wrong password without extending the lock', () => {
      spec.given(locked).when(fail('10:18')).thenThrows('ACCOUNT_LOCKED');
    });

    it('opens again when the lock runs out, with a fresh count', () => {
      spec.given(locked).when(succeed('10:19')).then([{ type: 'LoginSucceeded', data: { personId, at: at('10:19').toISOString() } }]);
      spec.given(locked).when(fail('10:20')).then([failedAt('10:20')]);
    });

    it('opens again when a new password is set', () => {
      const reset: AccountEvent = { type: 'PasswordSet', data: { personId, passwordHash: hash, at: at('10:05').toISOString() } };
      spec.given([...locked, reset]).when(succeed('10:06')).then([{ type: 'LoginSucceeded', data: { personId, at: at('10:06').toISOString() } }]);
    });
  });

  it('follows a configured policy', () => {
    const strict = DeciderSpecification.for(createAccountDecider({ maxFailures: 2, failureWindowMs: 60_000, lockDurationMs: 3_600_000 }));
    strict.given([passwordSet, failedAt('10:00')]).when(fail('10:00')).then([failedAt('10:00'), lockedAt('10:00', '11:00')]);
    strict.given([passwordSet, failedAt('10:00')]).when(fail('10:02')).then([failedAt('10:02')]);
  });

  it('answers a failed sign-in with invalid credentials, or with the lock it caused', () => {
    expect(loginRefusal([failedAt('10:00')]).code).toBe('INVALID_CREDENTIALS');
    const refusal = loginRefusal([failedAt('10:04'), lockedAt('10:04', '10:19')]);
    expect(refusal.code).toBe('ACCOUNT_LOCKED');
    expect(refusal.message).toContain('10:19 UTC');
    expect(refusal.details).toEqual({ lockedUntil: at('10:19').toISOString() });
  });
});
