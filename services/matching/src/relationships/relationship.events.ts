import type { Programme, SupportKind } from '../optimiser/round.types';

export type Side = 'coach' | 'coachee';

export const GROW_STAGES = ['GOAL', 'REALITY', 'OPTIONS', 'WILL'] as const;
export type GrowStage = (typeof GROW_STAGES)[number];

export const CANCELLATION_REASONS = ['CLINICAL_PRESSURE', 'STAFFING', 'SICKNESS', 'LEAVE', 'PERSONAL', 'OTHER'] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

export const CLOSURE_REASONS = ['GOALS_MET', 'TERM_ENDED', 'NO_LONGER_NEEDED', 'NO_TIME', 'NOT_WORKING', 'LEFT_ORGANISATION', 'OTHER'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const CLOSURE_OUTCOMES = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'] as const;
export type ClosureOutcome = (typeof CLOSURE_OUTCOMES)[number];

/** Follow-ups the scheduler sends; an escalation goes to the lead when a follow-up got no answer. */
export const FOLLOW_UP_KINDS = ['chemistry_follow_up', 'session_nudge', 'six_month_check', 'coach_answer'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** Who the relationship is between, fixed at the introduction. */
export interface Pairing {
  relationshipId: string;
  requestId: string;
  roundId: string;
  programme: Programme;
  kind: SupportKind;
  coachId: string;
  coachOrganisationId: string;
  coacheeId: string;
  coacheeOrganisationId: string;
  requestedAt: string;
  /** The lead who approved the pair; follow-ups escalate to them. */
  approvedBy: string;
  introducedAt: string;
  chemistryMeetingAt: string;
  score: number;
  reasons: string[];
  crossesDirectorate: boolean;
  crossesStaffGroup: boolean;
  crossesOrganisation: boolean;
}

export interface LoggedSession {
  sessionId: string;
  heldOn: string;
  minutes: number;
  growStage: GrowStage | null;
  loggedBy: string;
}

/** Who an event is about, carried on every published event so consumers need not look the pairing up. */
export interface RelationshipRef {
  relationshipId: string;
  coachId: string;
  coachOrganisationId: string;
}

export type RelationshipEvent =
  | { type: 'RelationshipIntroduced'; data: Pairing }
  | { type: 'ChemistryMeetingHeld'; data: RelationshipRef & { heldOn: string; recordedBy: string; recordedAt: string } }
  | { type: 'RelationshipConfirmed'; data: { relationshipId: string; side: Side; confirmedAt: string } }
  | { type: 'RelationshipActivated'; data: RelationshipRef & { activeFrom: string; reviewDueOn: string } }
  | { type: 'RelationshipDeclined'; data: RelationshipRef & { requestId: string; side: Side; declinedAt: string } }
  | { type: 'SessionLogged'; data: RelationshipRef & { kind: SupportKind } & LoggedSession }
  | {
      type: 'SessionCancelled';
      data: RelationshipRef & {
        sessionId: string;
        plannedOn: string;
        reason: CancellationReason;
        rescheduledTo: string | null;
        cancelledBy: string;
      };
    }
  | { type: 'SixMonthCheckDue'; data: RelationshipRef & { dueOn: string } }
  | { type: 'RelationshipExtended'; data: RelationshipRef & { extendedTo: string; approvedBy: string; reason: string } }
  | {
      type: 'RelationshipClosed';
      data: RelationshipRef & { closedOn: string; reason: ClosureReason; outcome: ClosureOutcome; closedBy: string; sessionsHeld: number };
    }
  | { type: 'ClosingFeedbackGiven'; data: { relationshipId: string; side: Side; feedback: string } }
  | { type: 'FollowUpSent'; data: { relationshipId: string; kind: FollowUpKind; sentAt: string } }
  | { type: 'FollowUpEscalated'; data: { relationshipId: string; kind: FollowUpKind; escalatedAt: string; to: string } };
