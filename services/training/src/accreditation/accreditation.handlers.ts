import { metadataFor } from '@tapestry/nest-kit';
import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertAllowed, isSelf, type Principal } from '@tapestry/auth';
import { DomainError, handleCommand, type EventStore, type EventMetadata } from '@tapestry/eventsourcing';
import { TrainingClock } from '../infrastructure/training-clock';
import { TrainingStore } from '../infrastructure/training-store';
import { canManageCoachDevelopment } from '../profile/coach-access';
import { requirePersonFacts } from '../profile/coach-reach.queries';
import type { AccreditationCommand } from './accreditation.commands';
import { accreditationDecider } from './accreditation.decider';
import type { Accreditation, CpdRecord, RecordCpdInput } from './accreditation.graphql-types';
import { accreditationOf, cpdRecordsOf, latestDevelopmentCentre, trainingHoursOf } from './accreditation.queries';

/** One stream per coach holds all their accreditation evidence and awards, so an award is judged on a consistent tally. */
export const accreditationStreamOf = (personId: string): string => `accreditation-${personId}`;
export const ACCREDITATION_STREAM_TYPE = 'accreditation';

/** Runs one command on the coach's stream; evidence arrives from several places at once, so a conflict is retried. */
export function runAccreditationCommand(events: EventStore, command: AccreditationCommand, metadata: EventMetadata) {
  return handleCommand(events, accreditationDecider, accreditationStreamOf(command.personId), ACCREDITATION_STREAM_TYPE, command, metadata, {
    retryOnConflict: true,
  });
}

export class RecordCpdCommand extends Command<CpdRecord> {
  constructor(readonly input: RecordCpdInput, readonly personId: string | null | undefined, readonly principal: Principal) {
    super();
  }
}

export class AwardAccreditationCommand extends Command<Accreditation> {
  constructor(readonly personId: string, readonly level: string, readonly principal: Principal) {
    super();
  }
}

@CommandHandler(RecordCpdCommand)
export class RecordCpdHandler implements ICommandHandler<RecordCpdCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ input, personId, principal }: RecordCpdCommand): Promise<CpdRecord> {
    const now = this.clock.now();
    assertAllowed(!personId || isSelf(principal, personId), 'record CPD for someone else; each coach records their own');
    const coach = await requirePersonFacts(this.store.pool, principal.personId);
    const cpdId = randomUUID();
    const command = { type: 'RecordCpd', personId: coach.personId, cpdId, hours: input.hours, date: input.date, description: input.description, now } as const;
    await this.store.transact((events) => runAccreditationCommand(events, command, metadataFor(principal, coach.organisationId)));
    const record = (await cpdRecordsOf(this.store.pool, coach.personId)).find((candidate) => candidate.id === cpdId);
    if (!record) throw new Error(`CPD record ${cpdId} was written but is not in the read model`);
    return record;
  }
}

@CommandHandler(AwardAccreditationCommand)
export class AwardAccreditationHandler implements ICommandHandler<AwardAccreditationCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ personId, level, principal }: AwardAccreditationCommand): Promise<Accreditation> {
    const now = this.clock.now();
    const coach = await requirePersonFacts(this.store.pool, personId);
    if (coach.status === 'left') {
      throw new DomainError('PERSON_LEFT', `${coach.displayName} has left their organisation; levels are awarded to current staff only.`, { personId });
    }
    await this.store.transact(async (events, client) => {
      const facts = {
        awardedByProgrammeLead: canManageCoachDevelopment(principal, coach),
        trainingHours: await trainingHoursOf(client, coach.personId),
        developmentCentre: await latestDevelopmentCentre(client, coach.personId),
      };
      const command = { type: 'AwardAccreditation', personId: coach.personId, organisationId: coach.organisationId, level, awardedBy: principal.personId, now, facts } as const;
      await runAccreditationCommand(events, command, metadataFor(principal, coach.organisationId));
    });
    return accreditationOf(this.store.pool, coach.personId);
  }
}
