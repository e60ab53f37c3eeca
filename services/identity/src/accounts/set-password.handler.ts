import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@tapestry/eventsourcing';
import { assertAllowed, isOrganisationAdmin, isSelf, type Principal } from '@tapestry/auth';
import { IdentityStore } from '../infrastructure/identity-store';
import { findPerson } from '../people/person.queries';
import { PasswordService } from './password.service';

export class SetPasswordCommand extends Command<boolean> {
  constructor(readonly personId: string, readonly password: string, readonly principal: Principal) {
    super();
  }
}

@CommandHandler(SetPasswordCommand)
export class SetPasswordHandler implements ICommandHandler<SetPasswordCommand> {
  constructor(private readonly store: IdentityStore, private readonly passwords: PasswordService) {}

  async execute({ personId, password, principal }: SetPasswordCommand): Promise<boolean> {
    const person = await findPerson(this.store.pool, requireUuid(personId, 'personId'));
    if (!person) throw new DomainError('NOT_FOUND', `No person with id ${personId}.`, { field: 'personId' });
    assertAllowed(isSelf(principal, person.id) || isOrganisationAdmin(principal, person.organisationId), "set another person's password");
    const hash = await this.passwords.hashNew(password, person.email);
    await this.store.transact((events) => this.passwords.setInTransaction(events, person.id, hash, metadataFor(principal, person.organisationId)));
    return true;
  }
}
