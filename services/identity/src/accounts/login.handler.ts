import { metadataFor } from '@tapestry/nest-kit';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand } from '@tapestry/eventsourcing';
import { issueAccessToken, type Principal, type Role, type RoleGrant } from '@tapestry/auth';
import { normaliseEmail } from '../common';
import { IdentityStore } from '../infrastructure/identity-store';
import { IDENTITY_CONFIG } from '../infrastructure/identity-config.token';
import type { IdentityConfig } from '../infrastructure/identity-config';
import { findPersonByEmail } from '../people/person.queries';
import { PersonStatus } from '../people/person.graphql-types';
import type { LoginResult } from './account.graphql-types';
import { accountDecider, loginRefusal } from './account.decider';
import { invalidCredentials } from './account.errors';
import { IdentityKeys } from './identity-keys';
import { PasswordService, accountStream } from './password.service';

export class LoginCommand extends Command<LoginResult> {
  constructor(readonly email: string, readonly password: string, readonly now: Date) {
    super();
  }
}

/** Verified against when the email is unknown, so an unknown address takes as long to refuse as a wrong password. */
const DECOY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$JCpbBnb75D22AFaZIweeHg$10kqeOV8pysIHmKSgs0Q+/WXIc9ASNNe4eu/G+ixJh8';

@CommandHandler(LoginCommand)
export class LoginHandler implements ICommandHandler<LoginCommand> {
  constructor(
    private readonly store: IdentityStore,
    private readonly passwords: PasswordService,
    private readonly keys: IdentityKeys,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  async execute({ email, password, now }: LoginCommand): Promise<LoginResult> {
    const person = await findPersonByEmail(this.store.pool, normaliseEmail(email));
    const { rows } = person
      ? await this.store.pool.query<{ password_hash: string }>('SELECT password_hash FROM accounts WHERE person_id = $1', [person.id])
      : { rows: [] };
    const hash = rows[0]?.password_hash;
    if (!person || !hash || person.status !== PersonStatus.ACTIVE) {
      await this.passwords.hasher.verify(DECOY_HASH, password).catch(() => false);
      throw invalidCredentials();
    }
    const verified = await this.passwords.hasher.verify(hash, password);
    const metadata = metadataFor(person.id, person.organisationId);
    const command = verified
      ? { type: 'RecordLoginSucceeded' as const, personId: person.id, now }
      : { type: 'RecordLoginFailed' as const, personId: person.id, now };
    const { events } = await handleCommand(this.store.events, accountDecider, accountStream(person.id), 'account', command, metadata, {
      retryOnConflict: true,
    });
    if (!verified) throw loginRefusal(events);
    const principal: Principal = {
      personId: person.id,
      organisationId: person.organisationId,
      email: person.email,
      roles: person.roles.map((grant): RoleGrant => ({ role: grant.role as string as Role, scope: { kind: grant.scopeKind, id: grant.scopeId } })),
    };
    const accessToken = await issueAccessToken(principal, {
      privateKey: this.keys.pair.privateKey,
      kid: this.keys.pair.kid,
      issuer: this.config.issuer,
      audience: this.config.audience,
      ttlSeconds: this.config.accessTokenTtlSeconds,
      now,
    });
    return { accessToken, expiresIn: this.config.accessTokenTtlSeconds, person };
  }
}
