import { formatDate } from '../../words/dates';
import { sentenceCase } from '../../words/phrases';

/** How the supervision pages put API values into words people read. */

/** A service's sentence with its ISO dates ("No session since 2026-09-07") read as people read them. */
export function datesInWords(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => formatDate(day));
}

const RELATIONSHIP_STATUSES: Record<string, string> = {
  active: 'Active',
  review_due: 'Review due',
  extended: 'Extended',
  past_end: 'Past its end date',
  waiting: 'Waiting to start',
  closed: 'Closed',
};

export function relationshipStatusName(status: string): string {
  return RELATIONSHIP_STATUSES[status] ?? sentenceCase(status);
}

const FLAG_NAMES: Record<string, string> = {
  AT_CAPACITY_TOO_LONG: 'At capacity too long',
  CHEMISTRY_MEETING_OVERDUE: 'Chemistry meeting overdue',
  NO_RECENT_SESSION: 'No recent session',
  REVIEW_OVERDUE: 'Review overdue',
  REPEATED_CANCELLATIONS: 'Repeated cancellations',
  DECLINES_IN_A_ROW: 'Declines in a row',
  SUPERVISION_OVERDUE: 'Supervision overdue',
  LOW_WELLBEING: 'Low wellbeing',
};

export function flagName(kind: string): string {
  return FLAG_NAMES[kind] ?? sentenceCase(kind);
}

/** The words for each fact a flag carries, so the facts read as a list rather than as JSON. */
const FACT_LABELS: Record<string, string> = {
  since: 'At capacity since',
  months: 'Months at capacity',
  limitMonths: 'Limit (months)',
  capacity: 'Places',
  capacityUsed: 'Places used',
  introducedOn: 'Introduced on',
  suggestedOn: 'Chemistry meeting suggested for',
  dueOn: 'Due by',
  daysSinceIntroduction: 'Days since introduction',
  lastSessionOn: 'Last session',
  activeFrom: 'Started on',
  daysWithoutSession: 'Days without a session',
  limitWeeks: 'Limit (weeks)',
  reviewDueOn: 'Review due on',
  extendedTo: 'Extended to',
  daysPast: 'Days past',
  graceDays: 'Grace period (days)',
  cancellations: 'Cancellations',
  windowDays: 'Over the last (days)',
  threshold: 'Threshold',
  reasons: 'Reasons',
  references: 'Relationships',
  declines: 'Declines in a row',
  declinedOn: 'Declined on',
  lastSupervisionOn: 'Last supervision session',
  supervisedSince: 'Supervised since',
  days: 'Days since',
  intervalWeeks: 'Interval (weeks)',
  recordedOn: 'Check-in on',
  total: 'Check-in total (out of 25)',
};

type FactValue = string | number | string[];

function factValue(value: FactValue): string {
  if (Array.isArray(value)) return value.map((item) => factValue(item)).join(', ') || 'None';
  if (typeof value === 'number') return String(value);
  if (value === 'none') return 'None';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  // Cancellation reasons and the like arrive as CONSTANT_CASE.
  if (/^[A-Z][A-Z_]+$/.test(value) && !/^R-/.test(value)) return sentenceCase(value);
  return value;
}

/** A flag's facts (JSON from the API) as labelled rows; anything unreadable becomes one plain row, never raw JSON. */
export function factRows(facts: string): { key: string; value: string }[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(facts);
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
  return Object.entries(parsed as Record<string, FactValue>).map(([key, value]) => ({ key: FACT_LABELS[key] ?? sentenceCase(key.replace(/([a-z])([A-Z])/g, '$1_$2')), value: factValue(value) }));
}

export function roleName(role: string): string {
  return role.toUpperCase() === 'MENTOR' ? 'Mentoring' : 'Coaching';
}
