export interface PlanAssessmentCentre {
  type: 'PlanAssessmentCentre';
  centreId: string;
  organisationId: string;
  date: string;
  assessors: readonly string[];
  plannedBy: string;
  now: Date;
}

export interface AddCandidate {
  type: 'AddCandidate';
  centreId: string;
  personId: string;
  addedBy: string;
  now: Date;
}

export interface RecordCandidateOutcome {
  type: 'RecordCandidateOutcome';
  centreId: string;
  personId: string;
  outcome: string;
  feedback: string;
  recordedBy: string;
  now: Date;
}

export type AssessmentCentreCommand = PlanAssessmentCentre | AddCandidate | RecordCandidateOutcome;
