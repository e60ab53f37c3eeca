import type { DomainEvent } from '@tapestry/eventsourcing';
import type { ApprovalKind } from '../approvals';
import type { PractitionerRole, Programme, Qualification } from '../catalogue';
import type { CalendarDate } from '../common';

/** A course the person completed, with what the course qualifies for and how long that lasts. */
export interface CompletedTraining {
  courseId: string;
  completedOn: CalendarDate;
  qualifies: readonly Qualification[];
  validityMonths: number;
}

/** A granted approval not since invalidated; whether it is still current is judged against `asOf`. */
export interface GrantedApproval {
  kind: ApprovalKind;
  programme: Programme;
  expiresAt: string;
}

/** Everything eligibility depends on, gathered by the caller from read models; nothing is looked up here. */
export interface EligibilityFacts {
  personId: string;
  organisationId: string;
  asOf: Date;
  employed: boolean;
  /** Supervision pauses a coach, e.g. for fatigue or an ethical concern. */
  paused: boolean;
  completions: readonly CompletedTraining[];
  approvals: readonly GrantedApproval[];
}

/** Why a person may not practise, in the order a person would fix them. */
export const ELIGIBILITY_REASONS = ['NOT_EMPLOYED', 'NOT_TRAINED', 'TRAINING_LAPSED', 'NO_CURRENT_APPROVAL', 'PAUSED'] as const;
export type EligibilityReason = (typeof ELIGIBILITY_REASONS)[number];

export interface ProgrammeRoleEligibility {
  programme: Programme;
  role: PractitionerRole;
  eligible: boolean;
  /** Empty exactly when eligible. */
  reasons: EligibilityReason[];
}

/** One entry per programme and role, always in the same order. */
export interface Eligibility {
  personId: string;
  organisationId: string;
  entries: ProgrammeRoleEligibility[];
}

/** Published on every change; matching keeps its pool from these. */
export type CoachEligibilityChanged = DomainEvent<
  'CoachEligibilityChanged',
  { personId: string; organisationId: string; programme: Programme; role: PractitionerRole; eligible: boolean; reasons: EligibilityReason[] }
>;
