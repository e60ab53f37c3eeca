import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertAllowed, type Principal } from '@tapestry/auth';
import { DomainError, handleCommand, type EventMetadata, type EventStore, type Queryable } from '@tapestry/eventsourcing';
import { organisationReachOf } from '../access/organisation-reach.queries';
import { TrainingClock } from '../infrastructure/training-clock';
import { TrainingStore } from '../infrastructure/training-store';
import { requireAssessors } from '../profile/assessors.queries';
import { canManageCoachDevelopment } from '../profile/coach-access';
import { requirePersonFacts } from '../profile/coach-reach.queries';
import type { AssessmentCentreCommand } from './assessment-centre.commands';
import { assessmentCentreDecider } from './assessment-centre.decider';
import type { AssessmentCentre, PlanAssessmentCentreInput } from './assessment-centre.graphql-types';
import { assessmentCentreView, findCentre, type CentreFacts } from './assessment-centre.queries';

const streamOf = (centreId: string): string => `assessment-centre-${centreId}`;

function runCentreCommand(events: EventStore, command: AssessmentCentreCommand, metadata: EventMetadata) {
  // Candidates are added and outcomes recorded by several people at once; each decision stands on the newer state too.
  return handleCommand(events, assessmentCentreDecider, streamOf(command.centreId), 'assessment_centre', command, metadata, { retryOnConflict: true });
}

async function requireCentre(db: Queryable, centreId: string): Promise<CentreFacts> {
  const centre = await findCentre(db, requireUuid(centreId, 'centreId'));
  if (!centre) throw new DomainError('NOT_FOUND', `Assessment centre ${centreId} does not exist.`, { field: 'centreId' });
  return centre;
}

/** Reads the centre back as the caller may see it, after the command's events reached the read model. */
async function viewFor(db: Queryable, centreId: string, principal: Principal): Promise<AssessmentCentre> {
  const centre = await requireCentre(db, centreId);
  return assessmentCentreView(db, centre, await organisationReachOf(db, centre.organisationId), principal);
}

export class PlanAssessmentCentreCommand extends Command<AssessmentCentre> {
  constructor(readonly input: PlanAssessmentCentreInput, readonly principal: Principal) {
    super();
  }
}

@CommandHandler(PlanAssessmentCentreCommand)
export class PlanAssessmentCentreHandler implements ICommandHandler<PlanAssessmentCentreCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ input, principal }: PlanAssessmentCentreCommand): Promise<AssessmentCentre> {
    const now = this.clock.now();
    const reach = await organisationReachOf(this.store.pool, requireUuid(input.organisationId, 'organisationId'));
    assertAllowed(canManageCoachDevelopment(principal, reach), 'plan an assessment centre for an organisation whose coaching programme you do not lead');
    const assessors = await requireAssessors(this.store.pool, input.assessorIds, reach);
    const centreId = randomUUID();
    const command = { type: 'PlanAssessmentCentre', centreId, organisationId: reach.organisationId, date: input.date, assessors, plannedBy: principal.personId, now } as const;
    await this.store.transact((events) => runCentreCommand(events, command, metadataFor(principal, reach.organisationId)));
    return viewFor(this.store.pool, centreId, principal);
  }
}

export class AddAssessmentCentreCandidateCommand extends Command<AssessmentCentre> {
  constructor(readonly centreId: string, readonly personId: string, readonly principal: Principal) {
    super();
  }
}

@CommandHandler(AddAssessmentCentreCandidateCommand)
export class AddAssessmentCentreCandidateHandler implements ICommandHandler<AddAssessmentCentreCandidateCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ centreId, personId, principal }: AddAssessmentCentreCandidateCommand): Promise<AssessmentCentre> {
    const now = this.clock.now();
    const centre = await requireCentre(this.store.pool, centreId);
    const reach = await organisationReachOf(this.store.pool, centre.organisationId);
    assertAllowed(canManageCoachDevelopment(principal, reach), "add candidates to another organisation's assessment centre");
    const candidate = await requirePersonFacts(this.store.pool, personId);
    if (candidate.organisationId !== centre.organisationId) {
      throw new DomainError('BAD_USER_INPUT', "Candidates come from the organisation running the centre; this person works elsewhere.", { field: 'personId' });
    }
    if (candidate.status === 'left') throw new DomainError('PERSON_LEFT', `${candidate.displayName} has left the organisation.`, { field: 'personId' });
    const command = { type: 'AddCandidate', centreId: centre.centreId, personId: candidate.personId, addedBy: principal.personId, now } as const;
    await this.store.transact((events) => runCentreCommand(events, command, metadataFor(principal, centre.organisationId)));
    return viewFor(this.store.pool, centre.centreId, principal);
  }
}

export class RecordAssessmentCentreOutcomeCommand extends Command<AssessmentCentre> {
  constructor(
    readonly centreId: string,
    readonly personId: string,
    readonly outcome: string,
    readonly feedback: string,
    readonly principal: Principal,
  ) {
    super();
  }
}

/** Only the centre's assessors record outcomes: the decider refuses anyone else (NOT_ASSESSOR). */
@CommandHandler(RecordAssessmentCentreOutcomeCommand)
export class RecordAssessmentCentreOutcomeHandler implements ICommandHandler<RecordAssessmentCentreOutcomeCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ centreId, personId, outcome, feedback, principal }: RecordAssessmentCentreOutcomeCommand): Promise<AssessmentCentre> {
    const now = this.clock.now();
    const centre = await requireCentre(this.store.pool, centreId);
    const command = {
      type: 'RecordCandidateOutcome',
      centreId: centre.centreId,
      personId: requireUuid(personId, 'personId'),
      outcome,
      feedback,
      recordedBy: principal.personId,
      now,
    } as const;
    await this.store.transact((events) => runCentreCommand(events, command, metadataFor(principal, centre.organisationId)));
    return viewFor(this.store.pool, centre.centreId, principal);
  }
}
