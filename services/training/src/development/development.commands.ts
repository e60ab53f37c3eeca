export interface CompetencyRatingInput {
  competency: string;
  rating: number;
  feedback: string;
}

/** An assessment of a recorded "real play": every competency rated, with written feedback. */
export interface RecordDevelopmentAssessment {
  type: 'RecordDevelopmentAssessment';
  personId: string;
  assessmentId: string;
  assessedOn: string;
  /** Where the recording is kept (a reference into the media store, never the recording itself). */
  recordingRef: string;
  assessors: readonly string[];
  ratings: readonly CompetencyRatingInput[];
  now: Date;
}

export interface AddDevelopmentPlanItem {
  type: 'AddDevelopmentPlanItem';
  personId: string;
  itemId: string;
  competency: string;
  action: string;
  targetDate: string;
  now: Date;
}

export interface CompleteDevelopmentPlanItem {
  type: 'CompleteDevelopmentPlanItem';
  personId: string;
  itemId: string;
  now: Date;
}

export interface JoinActionLearningSet {
  type: 'JoinActionLearningSet';
  personId: string;
  setId: string;
  joinedOn: string;
  now: Date;
}

export type DevelopmentCommand = RecordDevelopmentAssessment | AddDevelopmentPlanItem | CompleteDevelopmentPlanItem | JoinActionLearningSet;
