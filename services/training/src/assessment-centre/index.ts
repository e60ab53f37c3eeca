export { assessmentCentreDecider, decideAssessmentCentre } from './assessment-centre.decider';
export type { AddCandidate, AssessmentCentreCommand, PlanAssessmentCentre, RecordCandidateOutcome } from './assessment-centre.commands';
export { CANDIDATE_OUTCOMES } from './assessment-centre.events';
export type {
  AssessmentCentreEvent,
  AssessmentCentrePlanned,
  CandidateAdded,
  CandidateOutcome,
  CandidateOutcomeRecorded,
} from './assessment-centre.events';
export { evolveAssessmentCentre, initialAssessmentCentreState } from './assessment-centre.state';
export type { AssessmentCentreState } from './assessment-centre.state';
