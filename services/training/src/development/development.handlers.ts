import { metadataFor } from '@tapestry/nest-kit';
import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertAllowed, isSelf, type Principal } from '@tapestry/auth';
import { handleCommand, type EventMetadata, type EventStore, type Queryable } from '@tapestry/eventsourcing';
import { londonDateOf } from '../common';
import { TrainingClock } from '../infrastructure/training-clock';
import { TrainingStore } from '../infrastructure/training-store';
import { canManageCoachDevelopment, isAssessorFor, isProgrammeLeadFor } from '../profile/coach-access';
import { requireAssessors } from '../profile/assessors.queries';
import { requirePersonFacts, type TrainingPersonFacts } from '../profile/coach-reach.queries';
import type { DevelopmentCommand } from './development.commands';
import { developmentDecider } from './development.decider';
import type { DevelopmentAssessment, DevelopmentPlanItem, DevelopmentPlanItemInput, DevelopmentRecord, RecordDevelopmentAssessmentInput } from './development.graphql-types';
import { developmentAssessmentsOf, developmentPlanOf, developmentRecordOf } from './development.queries';

export const developmentStreamOf = (personId: string): string => `development-${personId}`;

function runDevelopmentCommand(events: EventStore, command: DevelopmentCommand, metadata: EventMetadata) {
  return handleCommand(events, developmentDecider, developmentStreamOf(command.personId), 'development', command, metadata);
}

/** The coach works on their own plan; their programme leads and supervisors help keep it. */
function assertMayKeepPlan(principal: Principal, coach: TrainingPersonFacts): void {
  assertAllowed(
    isSelf(principal, coach.personId) || isAssessorFor(principal.roles, coach) || canManageCoachDevelopment(principal, coach),
    "change this coach's development plan",
  );
}

async function planItem(db: Queryable, personId: string, itemId: string): Promise<DevelopmentPlanItem> {
  const item = (await developmentPlanOf(db, personId)).find((candidate) => candidate.id === itemId);
  if (!item) throw new Error(`Plan item ${itemId} was written but is not in the read model`);
  return item;
}

export class RecordDevelopmentAssessmentCommand extends Command<DevelopmentAssessment> {
  constructor(readonly input: RecordDevelopmentAssessmentInput, readonly principal: Principal) {
    super();
  }
}

@CommandHandler(RecordDevelopmentAssessmentCommand)
export class RecordDevelopmentAssessmentHandler implements ICommandHandler<RecordDevelopmentAssessmentCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ input, principal }: RecordDevelopmentAssessmentCommand): Promise<DevelopmentAssessment> {
    const now = this.clock.now();
    const coach = await requirePersonFacts(this.store.pool, input.personId);
    assertAllowed(
      input.assessorIds.includes(principal.personId) || isProgrammeLeadFor(principal, coach),
      'record a development assessment unless you are one of its assessors or a programme lead for this coach',
    );
    const assessorIds = await requireAssessors(this.store.pool, input.assessorIds, coach, coach.personId);
    const assessmentId = randomUUID();
    const { personId } = coach;
    const metadata = metadataFor(principal, coach.organisationId);
    await this.store.transact(async (events) => {
      const { assessedOn, recordingRef, ratings } = input;
      await runDevelopmentCommand(events, { type: 'RecordDevelopmentAssessment', personId, assessmentId, assessedOn, recordingRef, assessors: assessorIds, ratings, now }, metadata);
      for (const { competency, action, targetDate } of input.developmentPlan ?? []) {
        await runDevelopmentCommand(events, { type: 'AddDevelopmentPlanItem', personId, itemId: randomUUID(), competency, action, targetDate, now }, metadata);
      }
      if (input.actionLearningSet) {
        const { setId, joinedOn } = input.actionLearningSet;
        await runDevelopmentCommand(events, { type: 'JoinActionLearningSet', personId, setId, joinedOn, now }, metadata);
      }
    });
    const assessment = (await developmentAssessmentsOf(this.store.pool, coach, principal)).find((candidate) => candidate.id === assessmentId);
    if (!assessment) throw new Error(`Assessment ${assessmentId} was written but is not in the read model`);
    return assessment;
  }
}

export class AddDevelopmentPlanItemCommand extends Command<DevelopmentPlanItem> {
  constructor(readonly personId: string, readonly input: DevelopmentPlanItemInput, readonly principal: Principal) {
    super();
  }
}

@CommandHandler(AddDevelopmentPlanItemCommand)
export class AddDevelopmentPlanItemHandler implements ICommandHandler<AddDevelopmentPlanItemCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ personId, input, principal }: AddDevelopmentPlanItemCommand): Promise<DevelopmentPlanItem> {
    const now = this.clock.now();
    const coach = await requirePersonFacts(this.store.pool, personId);
    assertMayKeepPlan(principal, coach);
    const itemId = randomUUID();
    const command = { type: 'AddDevelopmentPlanItem', personId: coach.personId, itemId, ...input, now } as const;
    await this.store.transact((events) => runDevelopmentCommand(events, command, metadataFor(principal, coach.organisationId)));
    return planItem(this.store.pool, coach.personId, itemId);
  }
}

export class CompleteDevelopmentPlanItemCommand extends Command<DevelopmentPlanItem> {
  constructor(readonly personId: string, readonly itemId: string, readonly principal: Principal) {
    super();
  }
}

@CommandHandler(CompleteDevelopmentPlanItemCommand)
export class CompleteDevelopmentPlanItemHandler implements ICommandHandler<CompleteDevelopmentPlanItemCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ personId, itemId, principal }: CompleteDevelopmentPlanItemCommand): Promise<DevelopmentPlanItem> {
    const now = this.clock.now();
    const coach = await requirePersonFacts(this.store.pool, personId);
    assertMayKeepPlan(principal, coach);
    const command = { type: 'CompleteDevelopmentPlanItem', personId: coach.personId, itemId, now } as const;
    await this.store.transact((events) => runDevelopmentCommand(events, command, metadataFor(principal, coach.organisationId)));
    return planItem(this.store.pool, coach.personId, itemId);
  }
}

export class JoinActionLearningSetCommand extends Command<DevelopmentRecord> {
  constructor(readonly personId: string, readonly setId: string, readonly joinedOn: string, readonly principal: Principal) {
    super();
  }
}

/** Programme leads (or an organisation admin) place coaches in sets. */
@CommandHandler(JoinActionLearningSetCommand)
export class JoinActionLearningSetHandler implements ICommandHandler<JoinActionLearningSetCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ personId, setId, joinedOn, principal }: JoinActionLearningSetCommand): Promise<DevelopmentRecord> {
    const now = this.clock.now();
    const coach = await requirePersonFacts(this.store.pool, personId);
    assertAllowed(canManageCoachDevelopment(principal, coach), 'place this coach in an action learning set');
    const command = { type: 'JoinActionLearningSet', personId: coach.personId, setId, joinedOn, now } as const;
    await this.store.transact((events) => runDevelopmentCommand(events, command, metadataFor(principal, coach.organisationId)));
    return developmentRecordOf(this.store.pool, coach, principal, londonDateOf(now));
  }
}
