export { ACTION_LEARNING_MONTHS, decideDevelopment, developmentDecider, REPEAT_ASSESSMENT_MONTHS } from './development.decider';
export type {
  AddDevelopmentPlanItem,
  CompetencyRatingInput,
  CompleteDevelopmentPlanItem,
  DevelopmentCommand,
  JoinActionLearningSet,
  RecordDevelopmentAssessment,
} from './development.commands';
export type {
  ActionLearningSetJoined,
  CompetencyRating,
  DevelopmentAssessmentRecorded,
  DevelopmentEvent,
  DevelopmentPlanItemAdded,
  DevelopmentPlanItemCompleted,
} from './development.events';
export { evolveDevelopment, initialDevelopmentState, repeatAssessment } from './development.state';
export type { ActionLearningMembership, AssessmentSummary, DevelopmentState, PlanItem } from './development.state';
export { COMPETENCIES, COMPETENCY_LABELS, isCompetency, MAX_RATING, MIN_RATING } from './competencies';
export type { Competency } from './competencies';
