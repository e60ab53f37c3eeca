import type { EvaluationFigures, FigureTable, PublishedFigure } from './analytics-figures';
import type { ScenarioLedger } from './ledger';
import { ASSUMED, EVALUATED_PROGRAMME, type ScenarioCounts } from './scenario-shape';

/** The programme figures shown month by month: the ones the evaluation could not measure. */
const MONTHLY = [
  'peopleTrained', 'poolEligible', 'poolActive', 'poolPaused', 'backlogRegistered', 'backlogRequested', 'requests', 'introductions',
  'introductionsDeclined', 'relationshipsHeld', 'sessionsHeld', 'sessionsCancelled', 'relationshipsClosed', 'cadenceMonthlyNormMet',
  'sessionsAtCap', 'supervisionCoverage',
];
const OUTCOME_FIGURES = [
  'participants', 'matchedParticipants', 'comparisonPeople', 'retentionParticipants', 'retentionComparison', 'retentionDifference',
  'retentionDifferenceLow', 'retentionDifferenceHigh', 'bandIncreaseParticipants', 'bandIncreaseComparison', 'promotionParticipants',
  'promotionComparison', 'promotionDifference',
];

/** How a published figure reads in a table: suppressed counts as "*", secondary suppression "s", small bases "-". */
export function cell(figure: PublishedFigure | undefined): string {
  if (!figure) return '';
  if (figure.value === null) return figure.reason === 'SECONDARY' ? 's' : figure.reason === 'SMALL_COUNT' ? '*' : '-';
  const text = figure.kind === 'rate' ? `${figure.value}%` : String(figure.value);
  return figure.incomplete ? `${text}+` : text;
}

function grid(header: string[], rows: string[][]): string {
  const widths = header.map((heading, column) => Math.max(heading.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]): string => row.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const byName = (figures: readonly PublishedFigure[]): Map<string, PublishedFigure> => new Map(figures.map((figure) => [figure.name, figure]));

function wholePeriod(table: FigureTable): string {
  const row = table.rows[0];
  const figures = row ? row.figures : table.totals;
  return grid(['Figure', 'Published'], figures.map((figure) => [figure.label, cell(figure)]));
}

function monthly(table: FigureTable): string {
  const months = table.rows.map((row) => ({ label: shortMonth(row.keyLabels[0] ?? row.key[0] ?? ''), figures: byName(row.figures) }));
  const labels = byName(table.rows[0]?.figures ?? []);
  return grid(
    ['Figure', ...months.map((month) => month.label)],
    MONTHLY.map((name) => [labels.get(name)?.label ?? name, ...months.map((month) => cell(month.figures.get(name)))]),
  );
}

/** "March 2026" as "Mar 26", so thirteen months fit a terminal. */
function shortMonth(label: string): string {
  const match = /^(\w{3})\w*\s+\d{2}(\d{2})$/.exec(label);
  return match ? `${match[1]} ${match[2]}` : label;
}

function outcomes(table: FigureTable): string {
  const groups = table.rows.map((row) => ({ label: row.key.filter(Boolean).join(' ').toLowerCase() || 'all', figures: byName(row.figures) }));
  const labels = byName(table.rows[0]?.figures ?? []);
  return grid(
    ['Figure', ...groups.map((group) => group.label)],
    OUTCOME_FIGURES.filter((name) => labels.has(name)).map((name) => [labels.get(name)?.label ?? name, ...groups.map((group) => cell(group.figures.get(name)))]),
  );
}

function built(ledger: ScenarioLedger, counts: ScenarioCounts): string {
  const reasons = new Map<string, number>();
  for (const closure of ledger.closures) reasons.set(closure.reason, (reasons.get(closure.reason) ?? 0) + 1);
  const rows: [string, string][] = [
    ['Coaches and mentors trained', `${ledger.trained.length} (${counts.coaches} coaches, ${counts.mentors} mentors)`],
    ['Further staff registering interest', String(ledger.interest.length)],
    ['Requests for a coach or mentor', `${ledger.requests.length} (${ledger.withdrawals.length} withdrawn)`],
    ['Matching rounds', `${ledger.rounds.length} (${ledger.rounds.reduce((sum, round) => sum + round.excluded, 0)} proposals to the demo's own coaches excluded)`],
    ['Introductions', `${ledger.introductions.length} (${ledger.declines.length} declined after chemistry)`],
    ['Relationships started', String(ledger.activations.length)],
    ['Sessions held', `${ledger.sessions.length} (${ledger.sessions.filter((session) => session.minutes === EVALUATED_PROGRAMME.sessionCapMinutes).length} at 90 minutes)`],
    ['Sessions cancelled', `${ledger.cancellations.length} (${ledger.cancellations.filter((c) => c.rescheduledTo).length} moved)`],
    ['Relationships closed', `${ledger.closures.length}: ${[...reasons].map(([reason, count]) => `${reason.toLowerCase()} ${count}`).join(', ')}`],
    ['Extended at review', String(ledger.extensions.length)],
    ['Coaches with a supervisor', `${ledger.supervisionAssignments.length}; ${ledger.supervisionSessions.length} group sessions`],
    ['Leavers', `${ledger.leavers.length} (${ledger.leavers.filter((leaver) => leaver.participant).length} participants)`],
    ['Promotions and regradings', `${ledger.promotions.length} (${ledger.promotions.filter((p) => p.participant).length} participants)`],
  ];
  return grid(['What the scenario did', 'Count'], rows);
}

/** The scenario's figures as readable tables: what it built, then what analytics publishes about it. */
export function printEvaluation(ledger: ScenarioLedger, counts: ScenarioCounts, figures: EvaluationFigures): string {
  const { period, outcomes6, outcomes12 } = figures;
  return [
    `Evaluation scenario (scale ${ledger.scale}, seed ${ledger.seed}): ${period.from} to ${period.to}, the demo trust`,
    `Shaped like the evaluated programme: ${EVALUATED_PROGRAMME.trainedCoachesAndMentors} trained, ${EVALUATED_PROGRAMME.furtherInterest} more registering interest, ` +
      `at most ${EVALUATED_PROGRAMME.maxPeoplePerCoach} people per coach, monthly sessions of up to ${EVALUATED_PROGRAMME.sessionCapMinutes} minutes, ${EVALUATED_PROGRAMME.termMonths} months (times ${ledger.scale}).`,
    `Assumed, not found: participants leave at ${pct(ASSUMED.monthlyLeaving.participant)} a month and others at ${pct(ASSUMED.monthlyLeaving.other)}; ` +
      `promotion ${pct(ASSUMED.monthlyPromotion.participant)} against ${pct(ASSUMED.monthlyPromotion.other)}. The outcomes below measure these back.`,
    '',
    built(ledger, counts),
    '',
    `Programme figures, ${period.from} to ${period.to} (published: * suppressed 1-7, s suppressed against differencing, - base under 8, + total of shown cells)`,
    wholePeriod(figures.programme),
    '',
    'Programme figures by month',
    monthly(figures.programmeByMonth),
    '',
    `Outcomes at 6 months, cohort ${outcomes6.cohort.from} to ${outcomes6.cohort.to}`,
    outcomes(outcomes6.table),
    '',
    `Outcomes at 12 months, cohort ${outcomes12.cohort.from} to ${outcomes12.cohort.to}`,
    outcomes(outcomes12.table),
    '',
  ].join('\n');
}

const pct = (rate: number): string => `${(rate * 100).toFixed(1)}%`;
