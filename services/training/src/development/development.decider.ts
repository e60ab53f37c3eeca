import type { Decider } from '@tapestry/eventsourcing';
import { DomainError } from '@tapestry/eventsourcing';
import { addMonths, assertNever, londonDateOf, requireText, validDate } from '../common';
import type {
  AddDevelopmentPlanItem,
  CompleteDevelopmentPlanItem,
  DevelopmentCommand,
  JoinActionLearningSet,
  RecordDevelopmentAssessment,
} from './development.commands';
import type { DevelopmentEvent } from './development.events';
import { averageOf, validAssessors, validCompetency, validPastDate, validRatings } from './development.rules';
import type { DevelopmentState } from './development.state';
import { evolveDevelopment, initialDevelopmentState } from './development.state';

export const REPEAT_ASSESSMENT_MONTHS = 12;
export const ACTION_LEARNING_MONTHS = 12;

type Assessed = Extract<DevelopmentState, { status: 'assessed' }>;

/** The plan and the action learning set follow the feedback of a first assessment. */
function requireAssessed(state: DevelopmentState): Assessed {
  if (state.status !== 'assessed') {
    throw new DomainError('NOT_ASSESSED', 'This coach has no development centre assessment yet; record one first.', {});
  }
  return state;
}

function recordAssessment(command: RecordDevelopmentAssessment, state: DevelopmentState): DevelopmentEvent[] {
  const { personId, assessmentId, now } = command;
  if (state.status === 'assessed' && state.assessmentIds.includes(assessmentId)) {
    throw new DomainError('ASSESSMENT_EXISTS', `Assessment ${assessmentId} is already recorded.`, { assessmentId });
  }
  const assessedOn = validPastDate(command.assessedOn, 'Assessment date', now);
  const ratings = validRatings(command.ratings);
  return [
    {
      type: 'DevelopmentAssessmentRecorded',
      data: {
        personId,
        assessmentId,
        assessedOn,
        recordingRef: requireText(command.recordingRef, 'Recording reference', 500),
        assessors: validAssessors(command.assessors, personId),
        ratings,
        averageRating: averageOf(ratings),
        repeatDueOn: addMonths(assessedOn, REPEAT_ASSESSMENT_MONTHS),
        recordedAt: now.toISOString(),
      },
    },
  ];
}

function addPlanItem(command: AddDevelopmentPlanItem, state: DevelopmentState): DevelopmentEvent[] {
  const { plan } = requireAssessed(state);
  const { personId, itemId, now } = command;
  if (plan.some((item) => item.itemId === itemId)) throw new DomainError('PLAN_ITEM_EXISTS', `Plan item ${itemId} already exists.`, { itemId });
  const competency = validCompetency(command.competency);
  const action = requireText(command.action, 'Action', 500);
  const targetDate = validDate(command.targetDate, 'Target date');
  if (targetDate < londonDateOf(now)) {
    throw new DomainError('BAD_USER_INPUT', `Target date ${targetDate} has passed; choose a date from today on.`, { field: 'targetDate' });
  }
  return [{ type: 'DevelopmentPlanItemAdded', data: { personId, itemId, competency, action, targetDate, addedAt: now.toISOString() } }];
}

function completePlanItem(command: CompleteDevelopmentPlanItem, state: DevelopmentState): DevelopmentEvent[] {
  const item = requireAssessed(state).plan.find((candidate) => candidate.itemId === command.itemId);
  if (!item) throw new DomainError('NOT_FOUND', `Plan item ${command.itemId} is not in this coach's plan.`, { itemId: command.itemId });
  if (item.completed) return [];
  return [{ type: 'DevelopmentPlanItemCompleted', data: { personId: command.personId, itemId: item.itemId, completedAt: command.now.toISOString() } }];
}

function joinActionLearningSet(command: JoinActionLearningSet, state: DevelopmentState): DevelopmentEvent[] {
  const { actionLearning } = requireAssessed(state);
  const setId = requireText(command.setId, 'Action learning set');
  const joinedOn = validDate(command.joinedOn, 'Joining date');
  if (actionLearning && joinedOn < actionLearning.endsOn) {
    throw new DomainError('ALREADY_IN_SET', `This coach is in action learning set ${actionLearning.setId} until ${actionLearning.endsOn}.`, {
      setId: actionLearning.setId,
    });
  }
  const endsOn = addMonths(joinedOn, ACTION_LEARNING_MONTHS);
  return [{ type: 'ActionLearningSetJoined', data: { personId: command.personId, setId, joinedOn, endsOn } }];
}

export function decideDevelopment(command: DevelopmentCommand, state: DevelopmentState): DevelopmentEvent[] {
  switch (command.type) {
    case 'RecordDevelopmentAssessment':
      return recordAssessment(command, state);
    case 'AddDevelopmentPlanItem':
      return addPlanItem(command, state);
    case 'CompleteDevelopmentPlanItem':
      return completePlanItem(command, state);
    case 'JoinActionLearningSet':
      return joinActionLearningSet(command, state);
    default:
      return assertNever(command);
  }
}

export const developmentDecider: Decider<DevelopmentCommand, DevelopmentEvent, DevelopmentState> = {
  decide: decideDevelopment,
  evolve: evolveDevelopment,
  initialState: initialDevelopmentState,
};
