import type { DomainEvent } from '@tapestry/eventsourcing';
import type { CalendarDate } from '../common';

/** Selected into the coach pool; not yet (develop, then come again); or declined. */
export const CANDIDATE_OUTCOMES = ['selected', 'not_yet', 'declined'] as const;
export type CandidateOutcome = (typeof CANDIDATE_OUTCOMES)[number];

export type AssessmentCentrePlanned = DomainEvent<
  'AssessmentCentrePlanned',
  { centreId: string; organisationId: string; date: CalendarDate; assessors: string[]; plannedBy: string; plannedAt: string }
>;
export type CandidateAdded = DomainEvent<'CandidateAdded', { centreId: string; personId: string; addedBy: string; addedAt: string }>;
/** The feedback is for the candidate; only the outcome is published. */
export type CandidateOutcomeRecorded = DomainEvent<
  'CandidateOutcomeRecorded',
  { centreId: string; organisationId: string; personId: string; outcome: CandidateOutcome; feedback: string; recordedBy: string; recordedAt: string }
>;

export type AssessmentCentreEvent = AssessmentCentrePlanned | CandidateAdded | CandidateOutcomeRecorded;
