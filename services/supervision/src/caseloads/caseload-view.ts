import { compareText } from './compare-text';
import { addDays, addMonths, type CalendarDate } from '@tapestry/domain';
import { daysBetween, wholeMonthsBetween } from './calendar-days';
import { currentAvailability, holdsPlace, type Caseload, type RelationshipRecord } from './caseload';
import type { ClosureOutcome, ClosureReason, Programme, RelationshipRole } from './matching-facts';
import { pseudonymFor } from './pseudonym';
import { DEFAULT_SUPERVISION_POLICY, type SupervisionPolicy } from './supervision-policy';

/**
 * `active` before the six-month review; `review_due` from the review day (or once matching asked) until it is
 * extended or closed; `extended` until the extension ends; `past_end` after that.
 */
export type ActiveStatus = 'active' | 'review_due' | 'extended' | 'past_end';

export interface ActiveRelationshipView {
  reference: string;
  programme: Programme;
  role: RelationshipRole;
  startedOn: CalendarDate;
  monthsRunning: number;
  sessionsHeld: number;
  lastSessionOn: CalendarDate | null;
  /** One month after the last session, or after the start when none has been held; may be in the past. */
  nextSessionDueOn: CalendarDate;
  reviewDueOn: CalendarDate;
  status: ActiveStatus;
}

export interface WaitingIntroductionView {
  reference: string;
  programme: Programme;
  role: RelationshipRole;
  introducedOn: CalendarDate;
  chemistryMeetingOn: CalendarDate;
  chemistryHeldOn: CalendarDate | null;
  daysWaiting: number;
}

export interface ClosedRelationshipView {
  reference: string;
  programme: Programme;
  role: RelationshipRole;
  startedOn: CalendarDate | null;
  closedOn: CalendarDate;
  reason: ClosureReason;
  outcome: ClosureOutcome;
  sessionsHeld: number;
}

/** What a supervisor (and the coach) sees of one coach's caseload. Metadata only. */
export interface CaseloadView {
  coachId: string;
  organisationId: string | null;
  capacity: number;
  capacityUsed: number;
  paused: boolean;
  unresponsive: boolean;
  active: ActiveRelationshipView[];
  waitingIntroductions: WaitingIntroductionView[];
  closedRecently: ClosedRelationshipView[];
}

export function lastSessionOn(record: RelationshipRecord): CalendarDate | null {
  return record.sessions.at(-1)?.heldOn ?? null;
}

function activeStatus(record: RelationshipRecord, reviewDueOn: CalendarDate, today: CalendarDate): ActiveStatus {
  if (record.extendedTo !== null) return today > record.extendedTo ? 'past_end' : 'extended';
  return today >= reviewDueOn || record.sixMonthCheckOn !== null ? 'review_due' : 'active';
}

function activeView(record: RelationshipRecord, today: CalendarDate, policy: SupervisionPolicy): ActiveRelationshipView {
  const startedOn = record.activeFrom ?? record.introducedOn;
  const reviewDueOn = record.reviewDueOn ?? addMonths(startedOn, 6);
  const last = lastSessionOn(record);
  return {
    reference: pseudonymFor(record.relationshipId),
    programme: record.programme,
    role: record.role,
    startedOn,
    monthsRunning: wholeMonthsBetween(startedOn, today),
    sessionsHeld: record.sessions.length,
    lastSessionOn: last,
    nextSessionDueOn: addMonths(last ?? startedOn, policy.sessionCadenceMonths),
    reviewDueOn,
    status: activeStatus(record, reviewDueOn, today),
  };
}

function waitingView(record: RelationshipRecord, today: CalendarDate): WaitingIntroductionView {
  return {
    reference: pseudonymFor(record.relationshipId),
    programme: record.programme,
    role: record.role,
    introducedOn: record.introducedOn,
    chemistryMeetingOn: record.chemistryMeetingOn,
    chemistryHeldOn: record.chemistryHeldOn,
    daysWaiting: Math.max(0, daysBetween(record.introducedOn, today)),
  };
}

function closedView(record: RelationshipRecord & { endedOn: CalendarDate; closureReason: ClosureReason; closureOutcome: ClosureOutcome }): ClosedRelationshipView {
  return {
    reference: pseudonymFor(record.relationshipId),
    programme: record.programme,
    role: record.role,
    startedOn: record.activeFrom,
    closedOn: record.endedOn,
    reason: record.closureReason,
    outcome: record.closureOutcome,
    sessionsHeld: Math.max(record.sessionsHeldAtClose ?? 0, record.sessions.length),
  };
}

const isClosed = (record: RelationshipRecord): record is RelationshipRecord & { endedOn: CalendarDate; closureReason: ClosureReason; closureOutcome: ClosureOutcome } =>
  record.status === 'closed' && record.endedOn !== null && record.closureReason !== null && record.closureOutcome !== null;

/** The caseload as of `today`: what is running, what is waiting, what closed in the last twelve months. */
export function caseloadView(caseload: Caseload, today: CalendarDate, policy: SupervisionPolicy = DEFAULT_SUPERVISION_POLICY): CaseloadView {
  const records = Object.values(caseload.relationships);
  const { capacity, paused } = currentAvailability(caseload, policy.defaultCapacity);
  const closedSince = addDays(addMonths(today, -policy.closedLookbackMonths), 1);
  return {
    coachId: caseload.coachId,
    organisationId: caseload.organisationId,
    capacity,
    capacityUsed: records.filter(holdsPlace).length,
    paused,
    unresponsive: caseload.unresponsive,
    active: records
      .filter((record) => record.status === 'active')
      .map((record) => activeView(record, today, policy))
      .sort((a, b) => compareText(a.startedOn, b.startedOn) || compareText(a.reference, b.reference)),
    waitingIntroductions: records
      .filter((record) => record.status === 'introduced')
      .map((record) => waitingView(record, today))
      .sort((a, b) => compareText(a.introducedOn, b.introducedOn) || compareText(a.reference, b.reference)),
    closedRecently: records
      .filter(isClosed)
      .filter((record) => record.endedOn >= closedSince && record.endedOn <= today)
      .map(closedView)
      .sort((a, b) => compareText(b.closedOn, a.closedOn) || compareText(a.reference, b.reference)),
  };
}
