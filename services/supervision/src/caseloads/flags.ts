import { compareText } from './compare-text';
import { addDays, addMonths, type CalendarDate } from '@tapestry/domain';
import { daysBetween, wholeMonthsBetween } from './calendar-days';
import { atCapacitySince } from './capacity-timeline';
import { currentAvailability, holdsPlace, type Caseload, type RelationshipRecord } from './caseload';
import { lastSessionOn } from './caseload-view';
import { pseudonymFor } from './pseudonym';
import { DEFAULT_SUPERVISION_POLICY, type SupervisionPolicy } from './supervision-policy';

export const FLAG_KINDS = [
  'AT_CAPACITY_TOO_LONG',
  'CHEMISTRY_MEETING_OVERDUE',
  'NO_RECENT_SESSION',
  'REVIEW_OVERDUE',
  'REPEATED_CANCELLATIONS',
  'DECLINES_IN_A_ROW',
  'SUPERVISION_OVERDUE',
  'LOW_WELLBEING',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** A flag on a caseload and the facts behind it, so a supervisor can see why it is raised and check it. */
export interface CaseloadFlag {
  kind: FlagKind;
  /** The relationship it is about, by pseudonym; null for a flag about the coach as a whole. */
  reference: string | null;
  message: string;
  facts: Record<string, string | number | string[]>;
}

/** What supervision itself knows about the coach, beside matching's facts. */
export interface SupervisionFacts {
  /** When the coach's current supervision began; null when nobody supervises them. */
  supervisedSince: CalendarDate | null;
  lastSupervisionOn: CalendarDate | null;
  /** The coach's most recent wellbeing check-in, total on the 5-25 scale. */
  latestCheckIn: { recordedOn: CalendarDate; total: number } | null;
}

function atCapacityTooLong(caseload: Caseload, today: CalendarDate, policy: SupervisionPolicy): CaseloadFlag[] {
  const since = atCapacitySince(caseload, policy.defaultCapacity);
  if (since === null || since > addMonths(today, -policy.atCapacityMonths)) return [];
  const { capacity } = currentAvailability(caseload, policy.defaultCapacity);
  const months = wholeMonthsBetween(since, today);
  return [
    {
      kind: 'AT_CAPACITY_TOO_LONG',
      reference: null,
      message: `At capacity since ${since} (${months} months; the limit is ${policy.atCapacityMonths}).`,
      facts: { since, months, limitMonths: policy.atCapacityMonths, capacity, capacityUsed: Object.values(caseload.relationships).filter(holdsPlace).length },
    },
  ];
}

function chemistryOverdue(record: RelationshipRecord, today: CalendarDate, policy: SupervisionPolicy): CaseloadFlag[] {
  if (record.status !== 'introduced' || record.chemistryHeldOn !== null) return [];
  const byRule = addDays(record.introducedOn, policy.chemistryMeetingDays);
  const dueOn = record.chemistryMeetingOn > byRule ? record.chemistryMeetingOn : byRule;
  if (today <= dueOn) return [];
  return [
    {
      kind: 'CHEMISTRY_MEETING_OVERDUE',
      reference: pseudonymFor(record.relationshipId),
      message: `Introduced on ${record.introducedOn}; no chemistry meeting recorded by ${dueOn}.`,
      facts: { introducedOn: record.introducedOn, suggestedOn: record.chemistryMeetingOn, dueOn, daysSinceIntroduction: daysBetween(record.introducedOn, today) },
    },
  ];
}

function noRecentSession(record: RelationshipRecord, today: CalendarDate, policy: SupervisionPolicy): CaseloadFlag[] {
  if (record.status !== 'active' || record.activeFrom === null) return [];
  const last = lastSessionOn(record);
  const since = last ?? record.activeFrom;
  const days = daysBetween(since, today);
  if (days <= policy.noSessionWeeks * 7) return [];
  return [
    {
      kind: 'NO_RECENT_SESSION',
      reference: pseudonymFor(record.relationshipId),
      message: last ? `No session since ${last} (${days} days).` : `No session since the relationship started on ${since} (${days} days).`,
      facts: { lastSessionOn: last ?? 'none', activeFrom: record.activeFrom, daysWithoutSession: days, limitWeeks: policy.noSessionWeeks },
    },
  ];
}

function reviewOverdue(record: RelationshipRecord, today: CalendarDate, policy: SupervisionPolicy): CaseloadFlag[] {
  if (record.status !== 'active' || record.reviewDueOn === null) return [];
  const endsOn = record.extendedTo ?? record.reviewDueOn;
  const daysPast = daysBetween(endsOn, today);
  if (daysPast <= policy.reviewGraceDays) return [];
  const what = record.extendedTo ? `its extension to ${record.extendedTo}` : `its six-month review on ${record.reviewDueOn}`;
  return [
    {
      kind: 'REVIEW_OVERDUE',
      reference: pseudonymFor(record.relationshipId),
      message: `Still open ${daysPast} days after ${what}, with no review recorded.`,
      facts: { reviewDueOn: record.reviewDueOn, extendedTo: record.extendedTo ?? 'none', daysPast, graceDays: policy.reviewGraceDays },
    },
  ];
}

function repeatedCancellations(records: RelationshipRecord[], today: CalendarDate, policy: SupervisionPolicy): CaseloadFlag[] {
  const from = addDays(today, -policy.cancellationWindowDays + 1);
  const recent = records.flatMap((record) =>
    record.cancellations.filter(({ plannedOn }) => plannedOn >= from && plannedOn <= today).map((cancelled) => ({ ...cancelled, reference: pseudonymFor(record.relationshipId) })),
  );
  if (recent.length < policy.cancellationsThreshold) return [];
  const reasons = [...new Set(recent.map(({ reason }) => reason))].sort();
  return [
    {
      kind: 'REPEATED_CANCELLATIONS',
      reference: null,
      message: `${recent.length} sessions cancelled in the last ${policy.cancellationWindowDays} days: protected time is at risk.`,
      facts: {
        cancellations: recent.length,
        windowDays: policy.cancellationWindowDays,
        threshold: policy.cancellationsThreshold,
        reasons,
        references: [...new Set(recent.map(({ reference }) => reference))].sort(),
      },
    },
  ];
}

/** Introductions that ended one way or the other, oldest outcome first: declined, or started. */
function declinesInARow(records: RelationshipRecord[], policy: SupervisionPolicy): CaseloadFlag[] {
  const outcomes = records
    .flatMap((record) => {
      if (record.status === 'declined' && record.endedOn !== null) return [{ on: record.endedOn, declined: true, record }];
      if (record.activeFrom !== null) return [{ on: record.activeFrom, declined: false, record }];
      return [];
    })
    .sort((a, b) => compareText(a.on, b.on) || compareText(a.record.relationshipId, b.record.relationshipId));
  const lastStarted = outcomes.map(({ declined }) => declined).lastIndexOf(false);
  const streak = outcomes.slice(lastStarted + 1);
  if (streak.length < policy.declinesInARow) return [];
  return [
    {
      kind: 'DECLINES_IN_A_ROW',
      reference: null,
      message: `The last ${streak.length} introductions were declined, with none started in between.`,
      facts: { declines: streak.length, threshold: policy.declinesInARow, declinedOn: streak.map(({ on }) => on), references: streak.map(({ record }) => pseudonymFor(record.relationshipId)) },
    },
  ];
}

function supervisionOverdue(supervision: SupervisionFacts, today: CalendarDate, policy: SupervisionPolicy): CaseloadFlag[] {
  const since = supervision.lastSupervisionOn ?? supervision.supervisedSince;
  if (since === null || supervision.supervisedSince === null) return [];
  const days = daysBetween(since, today);
  if (days <= policy.supervisionIntervalWeeks * 7) return [];
  const what = supervision.lastSupervisionOn ? `the last supervision session on ${supervision.lastSupervisionOn}` : `supervision began on ${since}, with no session yet`;
  return [
    {
      kind: 'SUPERVISION_OVERDUE',
      reference: null,
      message: `${days} days since ${what}; the interval is ${policy.supervisionIntervalWeeks} weeks.`,
      facts: { lastSupervisionOn: supervision.lastSupervisionOn ?? 'none', supervisedSince: supervision.supervisedSince, days, intervalWeeks: policy.supervisionIntervalWeeks },
    },
  ];
}

function lowWellbeing(supervision: SupervisionFacts, policy: SupervisionPolicy): CaseloadFlag[] {
  const checkIn = supervision.latestCheckIn;
  if (checkIn === null || checkIn.total >= policy.wellbeingThreshold) return [];
  return [
    {
      kind: 'LOW_WELLBEING',
      reference: null,
      message: `The check-in on ${checkIn.recordedOn} totalled ${checkIn.total}, below the threshold of ${policy.wellbeingThreshold}.`,
      facts: { recordedOn: checkIn.recordedOn, total: checkIn.total, threshold: policy.wellbeingThreshold },
    },
  ];
}

/**
 * Every flag on a coach's caseload as of `today`, each with its facts, in a fixed order (by kind, then
 * reference), so that the same inputs always give the same list.
 */
export function flagsFor(
  caseload: Caseload,
  supervision: SupervisionFacts,
  today: CalendarDate,
  policy: SupervisionPolicy = DEFAULT_SUPERVISION_POLICY,
): CaseloadFlag[] {
  const records = Object.values(caseload.relationships);
  const flags = [
    ...atCapacityTooLong(caseload, today, policy),
    ...records.flatMap((record) => [...chemistryOverdue(record, today, policy), ...noRecentSession(record, today, policy), ...reviewOverdue(record, today, policy)]),
    ...repeatedCancellations(records, today, policy),
    ...declinesInARow(records, policy),
    ...supervisionOverdue(supervision, today, policy),
    ...lowWellbeing(supervision, policy),
  ];
  return flags.sort((a, b) => FLAG_KINDS.indexOf(a.kind) - FLAG_KINDS.indexOf(b.kind) || compareText(a.reference ?? '', b.reference ?? ''));
}
