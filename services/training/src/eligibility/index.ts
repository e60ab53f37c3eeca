export { eligibilityOf, lapsesOn } from './eligibility';
export { eligibilityChanges } from './eligibility-changes';
export { ELIGIBILITY_REASONS } from './eligibility.types';
export type {
  CoachEligibilityChanged,
  CompletedTraining,
  Eligibility,
  EligibilityFacts,
  EligibilityReason,
  GrantedApproval,
  ProgrammeRoleEligibility,
} from './eligibility.types';
