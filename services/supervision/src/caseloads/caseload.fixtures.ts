import type { CancellationReason, MatchingFact, RelationshipFact } from './matching-facts';

/** Builders for matching's facts about one coach, for specs. Dates are London days; instants are noon UTC. */
export const COACH = 'morgan';
export const ORG = 'trust-1';

const noon = (day: string): string => `${day}T12:00:00.000Z`;

export function relationshipFacts(relationshipId: string, coachId = COACH) {
  const about = { relationshipId, coachId, organisationId: ORG };
  return {
    introduced: (on: string, chemistryOn = on): RelationshipFact => ({
      type: 'RelationshipIntroduced',
      ...about,
      occurredAt: noon(on),
      requestId: `request-${relationshipId}`,
      coacheeId: `coachee-of-${relationshipId}`,
      coacheeOrganisationId: ORG,
      programme: 'GENERAL',
      role: 'COACH',
      requestedAt: noon(on),
      introducedAt: noon(on),
      chemistryMeetingAt: noon(chemistryOn),
      crossesDirectorate: false,
      crossesStaffGroup: false,
      crossesOrganisation: false,
    }),
    chemistry: (on: string): RelationshipFact => ({ type: 'ChemistryMeetingHeld', ...about, occurredAt: noon(on), heldOn: on }),
    activated: (on: string, reviewDueOn: string): RelationshipFact => ({ type: 'RelationshipActivated', ...about, occurredAt: noon(on), activeFrom: on, reviewDueOn }),
    declined: (on: string): RelationshipFact => ({ type: 'RelationshipDeclined', ...about, occurredAt: noon(on), requestId: `request-${relationshipId}` }),
    session: (sessionId: string, on: string, minutes = 60): RelationshipFact => ({
      type: 'SessionLogged',
      ...about,
      occurredAt: noon(on),
      sessionId,
      role: 'COACH',
      heldOn: on,
      durationMinutes: minutes,
    }),
    cancelled: (sessionId: string, plannedOn: string, reason: CancellationReason = 'CLINICAL_PRESSURE'): RelationshipFact => ({
      type: 'SessionCancelled',
      ...about,
      occurredAt: noon(plannedOn),
      sessionId,
      plannedOn,
      reason,
      rescheduledTo: null,
    }),
    sixMonthCheck: (dueOn: string): RelationshipFact => ({ type: 'SixMonthCheckDue', ...about, occurredAt: noon(dueOn), dueOn }),
    extended: (on: string, extendedTo: string): RelationshipFact => ({ type: 'RelationshipExtended', ...about, occurredAt: noon(on), extendedTo }),
    closed: (on: string, sessionsHeld = 0): RelationshipFact => ({
      type: 'RelationshipClosed',
      ...about,
      occurredAt: noon(on),
      closedOn: on,
      reason: 'GOALS_MET',
      outcome: 'ACHIEVED',
      sessionsHeld,
    }),
  };
}

export const availability = (on: string, capacity: number, paused = false, coachId = COACH): MatchingFact => ({
  type: 'CoachAvailabilityChanged',
  coachId,
  organisationId: ORG,
  capacity,
  paused,
  occurredAt: noon(on),
});
