import type { Decider } from '@tapestry/eventsourcing';
import { DomainError } from '@tapestry/eventsourcing';
import { assertNever, londonDateOf, requireText, validDate } from '../common';
import type { AddCandidate, AssessmentCentreCommand, PlanAssessmentCentre, RecordCandidateOutcome } from './assessment-centre.commands';
import type { AssessmentCentreEvent, CandidateOutcome } from './assessment-centre.events';
import { CANDIDATE_OUTCOMES } from './assessment-centre.events';
import type { AssessmentCentreState } from './assessment-centre.state';
import { evolveAssessmentCentre, initialAssessmentCentreState } from './assessment-centre.state';

type Planned = Extract<AssessmentCentreState, { status: 'planned' }>;

function requirePlanned(state: AssessmentCentreState, centreId: string): Planned {
  if (state.status === 'absent') throw new DomainError('NOT_FOUND', `Assessment centre ${centreId} does not exist.`, { centreId });
  return state;
}

function plan(command: PlanAssessmentCentre, state: AssessmentCentreState): AssessmentCentreEvent[] {
  const { centreId, organisationId, plannedBy, now } = command;
  if (state.status !== 'absent') throw new DomainError('CENTRE_EXISTS', `Assessment centre ${centreId} already exists.`, { centreId });
  const date = validDate(command.date, 'Date');
  if (date < londonDateOf(now)) throw new DomainError('EVENT_IN_PAST', `${date} has passed; plan the assessment centre for today or later.`, { field: 'date' });
  const assessors = [...new Set(command.assessors.map((assessor) => requireText(assessor, 'Assessor')))];
  if (assessors.length === 0) throw new DomainError('BAD_USER_INPUT', 'An assessment centre needs at least one assessor.', { field: 'assessors' });
  return [{ type: 'AssessmentCentrePlanned', data: { centreId, organisationId, date, assessors, plannedBy, plannedAt: now.toISOString() } }];
}

function addCandidate(command: AddCandidate, state: AssessmentCentreState): AssessmentCentreEvent[] {
  const { centreId, personId, addedBy, now } = command;
  const centre = requirePlanned(state, centreId);
  if (londonDateOf(now) > centre.date) throw new DomainError('EVENT_IN_PAST', `This assessment centre was held on ${centre.date}.`, { centreId });
  if (centre.assessors.includes(personId)) {
    throw new DomainError('BAD_USER_INPUT', 'An assessor at this centre cannot also be a candidate at it.', { field: 'personId' });
  }
  if (personId in centre.candidates) throw new DomainError('ALREADY_CANDIDATE', 'This person is already a candidate at this centre.', { personId });
  return [{ type: 'CandidateAdded', data: { centreId, personId, addedBy, addedAt: now.toISOString() } }];
}

function validOutcome(value: string): CandidateOutcome {
  const outcome = CANDIDATE_OUTCOMES.find((known) => known === value);
  if (!outcome) throw new DomainError('BAD_USER_INPUT', `Outcome must be one of ${CANDIDATE_OUTCOMES.join(', ')}, got "${value}".`, { field: 'outcome' });
  return outcome;
}

function recordOutcome(command: RecordCandidateOutcome, state: AssessmentCentreState): AssessmentCentreEvent[] {
  const { centreId, personId, recordedBy, now } = command;
  const centre = requirePlanned(state, centreId);
  const outcome = validOutcome(command.outcome);
  if (!(personId in centre.candidates)) throw new DomainError('NOT_A_CANDIDATE', 'This person is not a candidate at this centre.', { personId });
  if (!centre.assessors.includes(recordedBy)) {
    throw new DomainError('NOT_ASSESSOR', "Only one of this centre's assessors can record a candidate's outcome.", { recordedBy });
  }
  if (londonDateOf(now) < centre.date) throw new DomainError('EVENT_NOT_STARTED', `Outcomes can be recorded from ${centre.date}, the day of the centre.`, { centreId });
  if (centre.candidates[personId] !== null) {
    throw new DomainError('ALREADY_DECIDED', `This candidate's outcome (${centre.candidates[personId]}) is already recorded.`, { personId });
  }
  const feedback = requireText(command.feedback, 'Feedback', 4000);
  const { organisationId } = centre;
  return [{ type: 'CandidateOutcomeRecorded', data: { centreId, organisationId, personId, outcome, feedback, recordedBy, recordedAt: now.toISOString() } }];
}

export function decideAssessmentCentre(command: AssessmentCentreCommand, state: AssessmentCentreState): AssessmentCentreEvent[] {
  switch (command.type) {
    case 'PlanAssessmentCentre':
      return plan(command, state);
    case 'AddCandidate':
      return addCandidate(command, state);
    case 'RecordCandidateOutcome':
      return recordOutcome(command, state);
    default:
      return assertNever(command);
  }
}

export const assessmentCentreDecider: Decider<AssessmentCentreCommand, AssessmentCentreEvent, AssessmentCentreState> = {
  decide: decideAssessmentCentre,
  evolve: evolveAssessmentCentre,
  initialState: initialAssessmentCentreState,
};
