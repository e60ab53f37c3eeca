import { compareText } from './compare-text';
import { assertNever, londonDateOf, type CalendarDate } from '@tapestry/domain';
import type { CancellationReason, ClosureOutcome, ClosureReason, MatchingFact, Programme, RelationshipFact, RelationshipRole } from './matching-facts';

export type RelationshipStatus = 'introduced' | 'active' | 'declined' | 'closed';

export interface HeldSession {
  sessionId: string;
  heldOn: CalendarDate;
  minutes: number;
}

export interface CancelledSession {
  sessionId: string;
  plannedOn: CalendarDate;
  reason: CancellationReason;
  rescheduledTo: CalendarDate | null;
}

/** One relationship as supervision keeps it: dates and counts, never who the coachee is or what was said. */
export interface RelationshipRecord {
  relationshipId: string;
  programme: Programme;
  role: RelationshipRole;
  status: RelationshipStatus;
  introducedOn: CalendarDate;
  chemistryMeetingOn: CalendarDate;
  chemistryHeldOn: CalendarDate | null;
  activeFrom: CalendarDate | null;
  reviewDueOn: CalendarDate | null;
  sixMonthCheckOn: CalendarDate | null;
  extendedTo: CalendarDate | null;
  /** The day it was declined or closed. */
  endedOn: CalendarDate | null;
  closureReason: ClosureReason | null;
  closureOutcome: ClosureOutcome | null;
  /** Matching's own count at closure, which wins over ours if a session event was never seen. */
  sessionsHeldAtClose: number | null;
  /** By day, then id: a canonical order however the facts arrived. */
  sessions: HeldSession[];
  cancellations: CancelledSession[];
}

/** A change of the coach's capacity or pause switch, kept in full because "at capacity since" needs the history. */
export interface AvailabilityChange {
  at: string;
  capacity: number;
  paused: boolean;
}

/** One coach's caseload, folded from matching's facts about them. */
export interface Caseload {
  coachId: string;
  organisationId: string | null;
  availability: AvailabilityChange[];
  unresponsive: boolean;
  relationships: Record<string, RelationshipRecord>;
}

export function emptyCaseload(coachId: string): Caseload {
  return { coachId, organisationId: null, availability: [], unresponsive: false, relationships: {} };
}

const dayOf = (instant: string): CalendarDate => londonDateOf(new Date(instant));

const byDayThenId = <T extends { sessionId: string }>(day: (item: T) => string) => (a: T, b: T): number => compareText(day(a), day(b)) || compareText(a.sessionId, b.sessionId);

function introduce(fact: Extract<MatchingFact, { type: 'RelationshipIntroduced' }>): RelationshipRecord {
  return {
    relationshipId: fact.relationshipId,
    programme: fact.programme,
    role: fact.role,
    status: 'introduced',
    introducedOn: dayOf(fact.introducedAt),
    chemistryMeetingOn: dayOf(fact.chemistryMeetingAt),
    chemistryHeldOn: null,
    activeFrom: null,
    reviewDueOn: null,
    sixMonthCheckOn: null,
    extendedTo: null,
    endedOn: null,
    closureReason: null,
    closureOutcome: null,
    sessionsHeldAtClose: null,
    sessions: [],
    cancellations: [],
  };
}

/** The record after one fact about it. Every case is idempotent: a fact delivered twice changes nothing more. */
function evolveRelationship(record: RelationshipRecord, fact: Exclude<RelationshipFact, { type: 'RelationshipIntroduced' }>): RelationshipRecord {
  switch (fact.type) {
    case 'ChemistryMeetingHeld':
      return { ...record, chemistryHeldOn: fact.heldOn };
    case 'RelationshipActivated':
      return { ...record, status: 'active', activeFrom: fact.activeFrom, reviewDueOn: fact.reviewDueOn };
    case 'RelationshipDeclined':
      return { ...record, status: 'declined', endedOn: record.endedOn ?? dayOf(fact.occurredAt) };
    case 'SessionLogged': {
      // A corrected session keeps its id, so the newer fact replaces the older.
      const others = record.sessions.filter((session) => session.sessionId !== fact.sessionId);
      const session = { sessionId: fact.sessionId, heldOn: fact.heldOn, minutes: fact.durationMinutes };
      return { ...record, sessions: [...others, session].sort(byDayThenId((held) => held.heldOn)) };
    }
    case 'SessionCancelled': {
      const others = record.cancellations.filter((cancelled) => cancelled.sessionId !== fact.sessionId || cancelled.plannedOn !== fact.plannedOn);
      const cancelled = { sessionId: fact.sessionId, plannedOn: fact.plannedOn, reason: fact.reason, rescheduledTo: fact.rescheduledTo };
      return { ...record, cancellations: [...others, cancelled].sort(byDayThenId((item) => item.plannedOn)) };
    }
    case 'SixMonthCheckDue':
      return { ...record, sixMonthCheckOn: fact.dueOn };
    case 'RelationshipExtended':
      return { ...record, extendedTo: fact.extendedTo };
    case 'RelationshipClosed':
      return {
        ...record,
        status: 'closed',
        endedOn: fact.closedOn,
        closureReason: fact.reason,
        closureOutcome: fact.outcome,
        sessionsHeldAtClose: fact.sessionsHeld,
      };
    default:
      return assertNever(fact);
  }
}

function withAvailability(history: AvailabilityChange[], change: AvailabilityChange): AvailabilityChange[] {
  const known = history.some((past) => past.at === change.at && past.capacity === change.capacity && past.paused === change.paused);
  if (known) return history;
  // Stable: two changes at the same instant keep the order the coach's stream gave them.
  return [...history, change].sort((a, b) => compareText(a.at, b.at));
}

/**
 * Folds one of matching's facts into a coach's caseload; facts about other coaches leave it unchanged. Facts about
 * a relationship whose introduction was never seen are skipped: the projection reads matching's topic from its
 * start, so that only happens for a relationship outside supervision's reach.
 */
export function applyMatchingFact(caseload: Caseload, fact: MatchingFact): Caseload {
  if (fact.coachId !== caseload.coachId) return caseload;
  const organisationId = fact.organisationId;
  switch (fact.type) {
    case 'CoachAvailabilityChanged': {
      const change = { at: fact.occurredAt, capacity: fact.capacity, paused: fact.paused };
      return { ...caseload, organisationId, availability: withAvailability(caseload.availability, change) };
    }
    case 'CoachResponsivenessChanged':
      return { ...caseload, organisationId, unresponsive: fact.unresponsive };
    case 'RelationshipIntroduced': {
      if (caseload.relationships[fact.relationshipId]) return caseload;
      return { ...caseload, organisationId, relationships: { ...caseload.relationships, [fact.relationshipId]: introduce(fact) } };
    }
    default: {
      const record = caseload.relationships[fact.relationshipId];
      if (!record) return caseload;
      return { ...caseload, relationships: { ...caseload.relationships, [fact.relationshipId]: evolveRelationship(record, fact) } };
    }
  }
}

/** Current capacity and pause switch: the latest change, or the policy's default before matching said anything. */
export function currentAvailability(caseload: Caseload, defaultCapacity: number): { capacity: number; paused: boolean } {
  const latest = caseload.availability.at(-1);
  return latest ? { capacity: latest.capacity, paused: latest.paused } : { capacity: defaultCapacity, paused: false };
}

/** Relationships holding one of the coach's places: introduced and not yet declined, or active. */
export const holdsPlace = (record: RelationshipRecord): boolean => record.status === 'introduced' || record.status === 'active';
