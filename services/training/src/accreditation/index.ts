export { accreditationDecider, decideAccreditation, evidenceOf, MAX_CPD_HOURS_PER_RECORD, MAX_HOURS_PER_SESSION } from './accreditation.decider';
export type { AccreditationCommand, AwardAccreditation, RecordCoachingHours, RecordCpd, RecordSupervisionHours } from './accreditation.commands';
export type { AccreditationAwarded, AccreditationEvent, CoachingHoursRecorded, CpdRecorded, SupervisionHoursRecorded } from './accreditation.events';
export { currentLevel, evolveAccreditation, initialAccreditationState } from './accreditation.state';
export type { AccreditationState, EvidenceTally } from './accreditation.state';
export { ACCREDITATION_LEVELS, isAccreditationLevel, LADDER, levelRank, nextLevel } from './ladder';
export type { AccreditationLevel, LevelRequirements } from './ladder';
export { progressTowards } from './progress';
export type { AccreditationEvidence, Criterion, CriterionProgress, LevelProgress } from './progress';
