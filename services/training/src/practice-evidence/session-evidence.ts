import { RelationshipRole, type MatchingEvent, type SupervisionEvent } from '@tapestry/contracts';
import type { RecordCoachingHours, RecordSupervisionHours } from '../accreditation';
import { UnusableEvidenceError } from './unusable-evidence.error';

export type CoachingEvidence = Omit<RecordCoachingHours, 'type'>;
export type SupervisionEvidence = Omit<RecordSupervisionHours, 'type'>;

/**
 * Accreditation keeps hours in quarter-hour steps, while sessions are logged to the minute: a 50-minute session counts
 * as the nearest quarter hour (0.75). A session that rounds to nothing (under 8 minutes) is not evidence.
 */
export function quarterHoursOf(minutes: number): number {
  return Math.round(minutes / 15) / 4;
}

function requireId(eventId: string, value: string, field: string): string {
  if (!value) throw new UnusableEvidenceError(eventId, `it has no ${field}`);
  return value;
}

function practiceOf(eventId: string, role: RelationshipRole): CoachingEvidence['practice'] {
  switch (role) {
    case RelationshipRole.COACH:
      return 'coaching';
    case RelationshipRole.MENTOR:
      return 'mentoring';
    default:
      throw new UnusableEvidenceError(eventId, `its role (${role}) is neither coach nor mentor`);
  }
}

/** The coaching or mentoring hours a matching event is evidence of, or null when it is no session (or too short to count). */
export function coachingEvidenceOf(message: MatchingEvent): CoachingEvidence | null {
  const eventId = message.envelope?.eventId ?? '';
  if (message.event.case !== 'sessionLogged') return null;
  const session = message.event.value;
  const hours = quarterHoursOf(session.durationMinutes);
  if (hours === 0) return null;
  return {
    personId: requireId(eventId, session.coachId, 'coach_id'),
    sourceEventId: eventId,
    practice: practiceOf(eventId, session.role),
    hours,
    sessionDate: session.heldOn,
  };
}

/** The supervision hours a supervision event is evidence of, or null when it is no session (or too short to count). */
export function supervisionEvidenceOf(message: SupervisionEvent): SupervisionEvidence | null {
  const eventId = message.envelope?.eventId ?? '';
  if (message.event.case !== 'supervisionSessionHeld') return null;
  const session = message.event.value;
  const hours = quarterHoursOf(session.durationMinutes);
  if (hours === 0) return null;
  return { personId: requireId(eventId, session.superviseeId, 'supervisee_id'), sourceEventId: eventId, hours, sessionDate: session.heldOn };
}
