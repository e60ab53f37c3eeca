import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@tapestry/eventsourcing';
import { assertAllowed, type Principal } from '@tapestry/auth';
import { canRecordLawfulBasis } from '../access/identity-access';
import type { CalendarDate } from '../common';
import { IdentityStore } from '../infrastructure/identity-store';
import type { Organisation } from './organisation.graphql-types';
import { runOrganisationCommand } from './organisation.handlers';
import { findOrganisation } from './organisation.queries';

/** Records (`basis` given) or withdraws (`basis` null) an organisation's lawful basis for its staff's equality data. */
export class ChangeLawfulBasisCommand extends Command<Organisation> {
  constructor(
    readonly organisationId: string,
    readonly basis: string | null,
    readonly principal: Principal,
    readonly today: CalendarDate,
  ) {
    super();
  }
}

@CommandHandler(ChangeLawfulBasisCommand)
export class ChangeLawfulBasisHandler implements ICommandHandler<ChangeLawfulBasisCommand> {
  constructor(private readonly store: IdentityStore) {}

  async execute({ organisationId, basis, principal, today }: ChangeLawfulBasisCommand): Promise<Organisation> {
    const id = requireUuid(organisationId, 'organisationId');
    const change = basis === null ? 'withdraw' : 'record';
    assertAllowed(canRecordLawfulBasis(principal, id), `${change} the lawful basis of an organisation you do not administer`);
    const command =
      basis === null
        ? { type: 'WithdrawLawfulBasis' as const, organisationId: id, withdrawnBy: principal.personId }
        : { type: 'RecordLawfulBasis' as const, organisationId: id, basis, recordedBy: principal.personId, recordedOn: today };
    await this.store.transact((events) => runOrganisationCommand(events, command, metadataFor(principal, id)));
    const organisation = await findOrganisation(this.store.pool, id);
    if (!organisation) throw new DomainError('UNKNOWN_ORGANISATION', `No organisation with id ${organisationId}.`, { organisationId });
    return organisation;
  }
}
