/**
 * Matching's public events (proto tapestry.matching.v1) as plain data, the only input to caseloads. The consumer
 * maps each message here: enums lose their prefix (PROGRAMME_GENERAL becomes GENERAL), timestamps become ISO
 * strings, and `occurredAt` is the envelope's occurred_at, which dates the facts whose payload carries no day.
 */
export const PROGRAMMES = ['GENERAL', 'BAME_CAREER_PROGRESSION', 'RETURNERS', 'NEW_BOARD_DIRECTORS', 'ETHICAL_MENTORING', 'TEAM_COACHING'] as const;
export type Programme = (typeof PROGRAMMES)[number];

export type RelationshipRole = 'COACH' | 'MENTOR';

export const CANCELLATION_REASONS = ['CLINICAL_PRESSURE', 'STAFFING', 'SICKNESS', 'LEAVE', 'PERSONAL', 'OTHER'] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

export const CLOSURE_REASONS = ['GOALS_MET', 'TERM_ENDED', 'NO_LONGER_NEEDED', 'NO_TIME', 'NOT_WORKING', 'LEFT_ORGANISATION', 'OTHER'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const CLOSURE_OUTCOMES = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'] as const;
export type ClosureOutcome = (typeof CLOSURE_OUTCOMES)[number];

interface About {
  relationshipId: string;
  coachId: string;
  organisationId: string;
  occurredAt: string;
}

export type MatchingFact =
  | ({
      type: 'RelationshipIntroduced';
      requestId: string;
      /** Present on the bus; a caseload never keeps it. */
      coacheeId: string;
      coacheeOrganisationId: string;
      programme: Programme;
      role: RelationshipRole;
      requestedAt: string;
      introducedAt: string;
      chemistryMeetingAt: string;
      crossesDirectorate: boolean;
      crossesStaffGroup: boolean;
      crossesOrganisation: boolean;
    } & About)
  | ({ type: 'ChemistryMeetingHeld'; heldOn: string } & About)
  | ({ type: 'RelationshipActivated'; activeFrom: string; reviewDueOn: string } & About)
  | ({ type: 'RelationshipDeclined'; requestId: string } & About)
  | ({ type: 'SessionLogged'; sessionId: string; role: RelationshipRole; heldOn: string; durationMinutes: number } & About)
  | ({ type: 'SessionCancelled'; sessionId: string; plannedOn: string; reason: CancellationReason; rescheduledTo: string | null } & About)
  | ({ type: 'SixMonthCheckDue'; dueOn: string } & About)
  | ({ type: 'RelationshipExtended'; extendedTo: string } & About)
  | ({ type: 'RelationshipClosed'; closedOn: string; reason: ClosureReason; outcome: ClosureOutcome; sessionsHeld: number } & About)
  | { type: 'CoachAvailabilityChanged'; coachId: string; organisationId: string; capacity: number; paused: boolean; occurredAt: string }
  | { type: 'CoachResponsivenessChanged'; coachId: string; organisationId: string; unresponsive: boolean; occurredAt: string };

export type RelationshipFact = Exclude<MatchingFact, { type: 'CoachAvailabilityChanged' | 'CoachResponsivenessChanged' }>;
