import type { RawFigure } from '../disclosure/figures';

const CLOSURE_REASON_LABELS: Record<string, string> = {
  GOALS_MET: 'goals met',
  TERM_ENDED: 'term ended',
  NO_LONGER_NEEDED: 'no longer needed',
  NO_TIME: 'no time',
  NOT_WORKING: 'not working',
  LEFT_ORGANISATION: 'left the organisation',
  OTHER: 'other reason',
};
const CANCELLATION_LABELS: Record<string, string> = {
  CLINICAL_PRESSURE: 'clinical pressure',
  STAFFING: 'staffing',
  SICKNESS: 'sickness',
  LEAVE: 'leave',
  PERSONAL: 'personal reasons',
  OTHER: 'other reason',
};

export interface FigureDefinition {
  name: string;
  label: string;
  kind: RawFigure['kind'];
}

const c = (name: string, label: string): FigureDefinition => ({ name, label, kind: 'count' });
const r = (name: string, label: string): FigureDefinition => ({ name, label, kind: 'rate' });
const s = (name: string, label: string): FigureDefinition => ({ name, label, kind: 'statistic' });

/** Every programme figure, in the order tables and exports show them. */
export const PROGRAMME_FIGURES: readonly FigureDefinition[] = [
  c('peopleTrained', 'People trained'),
  c('poolEligible', 'Pool: eligible coaches and mentors'),
  c('poolActive', 'Pool: holding a relationship'),
  c('poolPaused', 'Pool: paused'),
  c('backlogRegistered', 'Backlog: registered to practise, not yet eligible'),
  c('backlogRequested', 'Backlog: asked for a coach or mentor, not yet matched'),
  c('requests', 'Requests made'),
  c('requestsWithdrawn', 'Requests withdrawn'),
  c('introductions', 'Introductions'),
  s('daysRequestToMatchMedian', 'Days from request to match (median)'),
  s('daysRequestToMatchP90', 'Days from request to match (90th percentile)'),
  s('daysRequestToFirstSessionMedian', 'Days from request to first session (median)'),
  s('daysRequestToFirstSessionP90', 'Days from request to first session (90th percentile)'),
  r('chemistrySuccess', 'Chemistry success (% of introductions confirmed)'),
  c('introductionsDeclined', 'Introductions declined'),
  c('relationshipsHeld', 'Relationships held'),
  c('relationshipsClosed', 'Relationships closed'),
  s('relationshipLengthDaysMedian', 'Relationship length in days (median)'),
  c('sessionsHeld', 'Sessions held'),
  c('relationshipMonths', 'Relationship-months'),
  r('cadenceMonthlyNormMet', 'Relationship-months with a session (monthly norm)'),
  s('sessionMinutesMedian', 'Session length in minutes (median)'),
  r('sessionsAtCap', 'Sessions at the 90-minute cap (%)'),
  c('sessionsCancelled', 'Sessions cancelled'),
  ...Object.entries(CANCELLATION_LABELS).flatMap(([code, label]) => [
    c(`cancelled_${code}`, `Cancelled: ${label}`),
    c(`rescheduled_${code}`, `Rescheduled: ${label}`),
  ]),
  ...Object.entries(CLOSURE_REASON_LABELS).map(([code, label]) => c(`closureReason_${code}`, `Closed: ${label}`)),
  c('coachesHolding', 'Coaches and mentors holding relationships'),
  s('loadShareBusiestTenth', 'Share of relationships held by the busiest 10% of coaches (%)'),
  r('crossSiloDirectorate', 'Pairs crossing directorates (%)'),
  r('crossSiloStaffGroup', 'Pairs crossing staff groups (%)'),
  r('crossSiloOrganisation', 'Pairs crossing organisations (%)'),
  r('crossSiloAny', 'Pairs crossing any silo (%)'),
  r('supervisionCoverage', 'Coaches with supervision (%)'),
];

/** A figure with nothing behind it: what a group missing from a family's rows shows. */
export function emptyFigure(kind: RawFigure['kind']): RawFigure {
  switch (kind) {
    case 'count':
      return { kind, value: 0 };
    case 'rate':
      return { kind, numerator: 0, base: 0 };
    case 'statistic':
      return { kind, value: null, base: 0 };
  }
}
