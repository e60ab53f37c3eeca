import { metadataFor } from '@tapestry/nest-kit';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand } from '@tapestry/eventsourcing';
import type { Principal } from '@tapestry/auth';
import { IdentityStore } from '../infrastructure/identity-store';
import type { EqualityMonitoringCommand, PersonStanding } from './equality-monitoring.decider';
import { equalityMonitoringDecider } from './equality-monitoring.decider';
import type { EqualityMonitoring } from './equality-monitoring.graphql-types';
import { equalityMonitoringStream, findEqualityMonitoring, personStanding } from './equality-monitoring.queries';

type Change = { kind: 'ethnicity'; ethnicity: string } | { kind: 'objection'; objecting: boolean };

/**
 * A change to the caller's own record. There is no person id to give: the principal is the only person whose
 * ethnicity or objection anyone can change, so no role (admin, lead, manager) reaches another person's.
 */
export class ChangeMyEqualityMonitoringCommand extends Command<EqualityMonitoring> {
  constructor(readonly change: Change, readonly principal: Principal) {
    super();
  }
}

function commandFor(change: Change, personId: string, person: PersonStanding): EqualityMonitoringCommand {
  return change.kind === 'ethnicity'
    ? { type: 'RecordEthnicity', personId, ethnicity: change.ethnicity, person }
    : { type: 'ChangeSpecialCategoryObjection', personId, objecting: change.objecting, person };
}

@CommandHandler(ChangeMyEqualityMonitoringCommand)
export class ChangeMyEqualityMonitoringHandler implements ICommandHandler<ChangeMyEqualityMonitoringCommand> {
  constructor(private readonly store: IdentityStore) {}

  async execute({ change, principal }: ChangeMyEqualityMonitoringCommand): Promise<EqualityMonitoring> {
    const { personId } = principal;
    await this.store.transact(async (events, client) => {
      const person = await personStanding(client, personId);
      const metadata = metadataFor(principal, person.status === 'absent' ? undefined : person.organisationId);
      const command = commandFor(change, personId, person);
      await handleCommand(events, equalityMonitoringDecider, equalityMonitoringStream(personId), 'equality-monitoring', command, metadata, {
        retryOnConflict: true,
      });
    });
    return findEqualityMonitoring(this.store.events, this.store.pool, personId);
  }
}
