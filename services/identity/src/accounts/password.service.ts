import { Injectable } from '@nestjs/common';
import { handleCommand, type EventMetadata, type EventStore } from '@tapestry/eventsourcing';
import { accountDecider } from './account.decider';
import { PasswordHasher } from './password-hasher';
import { checkPasswordPolicy } from './password-policy';

export const accountStream = (personId: string): string => `account-${personId}`;

/** Checks a new password against the policy, hashes it with argon2id, and records it; the plain text goes no further. */
@Injectable()
export class PasswordService {
  readonly hasher = new PasswordHasher();

  async hashNew(password: string, email: string): Promise<string> {
    checkPasswordPolicy(password, email);
    return this.hasher.hash(password);
  }

  async setInTransaction(events: EventStore, personId: string, passwordHash: string, metadata: EventMetadata): Promise<void> {
    await handleCommand(
      events,
      accountDecider,
      accountStream(personId),
      'account',
      { type: 'SetPassword', personId, passwordHash, now: new Date() },
      metadata,
      { retryOnConflict: true },
    );
  }
}
