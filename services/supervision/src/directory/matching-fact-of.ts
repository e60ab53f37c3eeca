import {
  CancellationReason as ProtoCancellationReason,
  ClosureOutcome as ProtoClosureOutcome,
  ClosureReason as ProtoClosureReason,
  fromTimestamp,
  Programme as ProtoProgramme,
  RelationshipRole as ProtoRole,
  type MatchingEvent,
} from '@tapestry/contracts';
import type { CancellationReason, ClosureOutcome, ClosureReason, MatchingFact, Programme, RelationshipRole } from '../caseloads/matching-facts';

/** Proto enum names lose their prefix: PROGRAMME_GENERAL is GENERAL. Unknown values are null (a newer producer). */
function named<T extends string>(enumObject: Record<string, string | number>, value: number, allowed: readonly T[]): T | null {
  const name = enumObject[value];
  return typeof name === 'string' && (allowed as readonly string[]).includes(name) ? (name as T) : null;
}

const PROGRAMMES: readonly Programme[] = ['GENERAL', 'BAME_CAREER_PROGRESSION', 'RETURNERS', 'NEW_BOARD_DIRECTORS', 'ETHICAL_MENTORING', 'TEAM_COACHING'];
const ROLES: readonly RelationshipRole[] = ['COACH', 'MENTOR'];
const CANCELLATIONS: readonly CancellationReason[] = ['CLINICAL_PRESSURE', 'STAFFING', 'SICKNESS', 'LEAVE', 'PERSONAL', 'OTHER'];
const CLOSURES: readonly ClosureReason[] = ['GOALS_MET', 'TERM_ENDED', 'NO_LONGER_NEEDED', 'NO_TIME', 'NOT_WORKING', 'LEFT_ORGANISATION', 'OTHER'];
const OUTCOMES: readonly ClosureOutcome[] = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'];

const iso = (timestamp: Parameters<typeof fromTimestamp>[0] | undefined): string => (timestamp ? fromTimestamp(timestamp).toISOString() : new Date(0).toISOString());

/** A matching message as the fact a caseload folds, or null for what caseloads do not use. */
export function matchingFactOf(message: MatchingEvent): MatchingFact | null {
  const occurredAt = iso(message.envelope?.occurredAt);
  const { event } = message;
  switch (event.case) {
    case 'relationshipIntroduced': {
      const v = event.value;
      const programme = named(ProtoProgramme, v.programme, PROGRAMMES);
      const role = named(ProtoRole, v.role, ROLES);
      if (!programme || !role) return null;
      return {
        type: 'RelationshipIntroduced',
        relationshipId: v.relationshipId,
        coachId: v.coachId,
        organisationId: v.organisationId,
        occurredAt,
        requestId: v.requestId,
        coacheeId: v.coacheeId,
        coacheeOrganisationId: v.coacheeOrganisationId,
        programme,
        role,
        requestedAt: iso(v.requestedAt),
        introducedAt: iso(v.introducedAt),
        chemistryMeetingAt: iso(v.chemistryMeetingAt),
        crossesDirectorate: v.crossesDirectorate,
        crossesStaffGroup: v.crossesStaffGroup,
        crossesOrganisation: v.crossesOrganisation,
      };
    }
    case 'chemistryMeetingHeld':
      return { type: 'ChemistryMeetingHeld', ...about(event.value, occurredAt), heldOn: event.value.heldOn };
    case 'relationshipActivated':
      return { type: 'RelationshipActivated', ...about(event.value, occurredAt), activeFrom: event.value.activeFrom, reviewDueOn: event.value.reviewDueOn };
    case 'relationshipDeclined':
      return { type: 'RelationshipDeclined', ...about(event.value, occurredAt), requestId: event.value.requestId };
    case 'sessionLogged': {
      const role = named(ProtoRole, event.value.role, ROLES);
      if (!role) return null;
      const { sessionId, heldOn, durationMinutes } = event.value;
      return { type: 'SessionLogged', ...about(event.value, occurredAt), sessionId, role, heldOn, durationMinutes };
    }
    case 'sessionCancelled': {
      const reason = named(ProtoCancellationReason, event.value.reason, CANCELLATIONS);
      if (!reason) return null;
      const { sessionId, plannedOn, rescheduledTo } = event.value;
      return { type: 'SessionCancelled', ...about(event.value, occurredAt), sessionId, plannedOn, reason, rescheduledTo: rescheduledTo ?? null };
    }
    case 'sixMonthCheckDue':
      return { type: 'SixMonthCheckDue', ...about(event.value, occurredAt), dueOn: event.value.dueOn };
    case 'relationshipExtended':
      return { type: 'RelationshipExtended', ...about(event.value, occurredAt), extendedTo: event.value.extendedTo };
    case 'relationshipClosed': {
      const reason = named(ProtoClosureReason, event.value.reason, CLOSURES);
      const outcome = named(ProtoClosureOutcome, event.value.outcome, OUTCOMES);
      if (!reason || !outcome) return null;
      return { type: 'RelationshipClosed', ...about(event.value, occurredAt), closedOn: event.value.closedOn, reason, outcome, sessionsHeld: event.value.sessionsHeld };
    }
    case 'coachAvailabilityChanged': {
      const { coachId, organisationId, capacity, paused } = event.value;
      return { type: 'CoachAvailabilityChanged', coachId, organisationId, capacity, paused, occurredAt };
    }
    case 'coachResponsivenessChanged': {
      const { coachId, organisationId, unresponsive } = event.value;
      return { type: 'CoachResponsivenessChanged', coachId, organisationId, unresponsive, occurredAt };
    }
    default:
      return null;
  }
}

function about(value: { relationshipId: string; coachId: string; organisationId: string }, occurredAt: string) {
  return { relationshipId: value.relationshipId, coachId: value.coachId, organisationId: value.organisationId, occurredAt };
}
