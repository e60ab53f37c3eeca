import { addDays, type CalendarDate } from '@tapestry/domain';
import type { ScenarioLedger } from './ledger';

/** A figure before disclosure control, worked out from the scenario's ledger alone (never from analytics). */
export type ExpectedFigure = { kind: 'count'; value: number } | { kind: 'rate'; numerator: number; base: number };

const monthOf = (day: CalendarDate): string => day.slice(0, 7);

/** Every month from `from` to `to`, as YYYY-MM. */
export function monthsBetween(from: CalendarDate, to: CalendarDate): string[] {
  const months: string[] = [];
  for (let day = `${monthOf(from)}-01`; monthOf(day) <= monthOf(to); day = addDays(day, 32).slice(0, 8) + '01') months.push(monthOf(day));
  return months;
}

class MonthTally {
  private readonly months = new Map<string, Map<string, ExpectedFigure>>();

  count(month: string, name: string, by = 1): void {
    const figure = this.figure(month, name, 'count');
    if (figure.kind === 'count') figure.value += by;
  }

  rate(month: string, name: string, hit: boolean): void {
    const figure = this.figure(month, name, 'rate');
    if (figure.kind === 'rate') {
      figure.base += 1;
      if (hit) figure.numerator += 1;
    }
  }

  private figure(month: string, name: string, kind: ExpectedFigure['kind']): ExpectedFigure {
    const figures = this.months.get(month) ?? new Map<string, ExpectedFigure>();
    this.months.set(month, figures);
    const figure = figures.get(name) ?? (kind === 'count' ? { kind, value: 0 } : { kind, numerator: 0, base: 0 });
    figures.set(name, figure);
    return figure;
  }

  /** Every month of the period with every figure named, zero where nothing happened. */
  table(months: readonly string[], kinds: Record<string, ExpectedFigure['kind']>): Map<string, Map<string, ExpectedFigure>> {
    return new Map(
      months.map((month) => [
        month,
        new Map(
          Object.entries(kinds).map(([name, kind]) => [
            name,
            this.months.get(month)?.get(name) ?? (kind === 'count' ? { kind, value: 0 } : { kind, numerator: 0, base: 0 }),
          ]),
        ),
      ]),
    );
  }
}

export const EXPECTED_KINDS: Record<string, ExpectedFigure['kind']> = {
  peopleTrained: 'count',
  requests: 'count',
  requestsWithdrawn: 'count',
  introductions: 'count',
  introductionsDeclined: 'count',
  chemistrySuccess: 'rate',
  relationshipsHeld: 'count',
  relationshipsClosed: 'count',
  sessionsHeld: 'count',
  sessionsCancelled: 'count',
  sessionsAtCap: 'rate',
  relationshipMonths: 'count',
  cadenceMonthlyNormMet: 'rate',
  closureReason_TERM_ENDED: 'count',
  closureReason_GOALS_MET: 'count',
  closureReason_LEFT_ORGANISATION: 'count',
};

/**
 * The programme figures the ledger implies for each month of its year, by the definitions issue 6 gives them: a
 * relationship is held in every month from its introduction to its closure unless it was declined; a
 * relationship-month runs from activation to closure and meets the monthly norm when a session was held in it.
 */
export function expectedByMonth(ledger: ScenarioLedger, capMinutes: number): Map<string, Map<string, ExpectedFigure>> {
  const tally = new MonthTally();
  const months = monthsBetween(ledger.launch, ledger.today);
  const trainedIn = new Map<string, Set<string>>();
  for (const { personId, on } of ledger.trained) trainedIn.set(monthOf(on), new Set([...(trainedIn.get(monthOf(on)) ?? []), personId]));
  for (const [month, people] of trainedIn) tally.count(month, 'peopleTrained', people.size);
  const withdrawn = new Set(ledger.withdrawals.map((withdrawal) => withdrawal.requestId));
  for (const request of ledger.requests) {
    tally.count(monthOf(request.on), 'requests');
    if (withdrawn.has(request.requestId)) tally.count(monthOf(request.on), 'requestsWithdrawn');
  }
  for (const introduction of ledger.introductions) tally.count(monthOf(introduction.on), 'introductions');
  for (const decline of ledger.declines) {
    tally.count(monthOf(decline.on), 'introductionsDeclined');
    tally.rate(monthOf(decline.on), 'chemistrySuccess', false);
  }
  for (const activation of ledger.activations) tally.rate(monthOf(activation.on), 'chemistrySuccess', true);
  const declined = new Set(ledger.declines.map((decline) => decline.relationshipId));
  const closedOn = new Map(ledger.closures.map((closure) => [closure.relationshipId, closure.on]));
  for (const introduction of ledger.introductions) {
    if (declined.has(introduction.relationshipId)) continue;
    const until = monthOf(closedOn.get(introduction.relationshipId) ?? ledger.today);
    for (const month of months) if (month >= monthOf(introduction.on) && month <= until) tally.count(month, 'relationshipsHeld');
  }
  for (const closure of ledger.closures) {
    tally.count(monthOf(closure.on), 'relationshipsClosed');
    tally.count(monthOf(closure.on), `closureReason_${closure.reason}`);
  }
  for (const session of ledger.sessions) {
    tally.count(monthOf(session.on), 'sessionsHeld');
    tally.rate(monthOf(session.on), 'sessionsAtCap', session.minutes >= capMinutes);
  }
  for (const cancellation of ledger.cancellations) tally.count(monthOf(cancellation.plannedOn), 'sessionsCancelled');
  const sessionMonths = new Set(ledger.sessions.map((session) => `${session.relationshipId} ${monthOf(session.on)}`));
  for (const activation of ledger.activations) {
    const until = monthOf(closedOn.get(activation.relationshipId) ?? ledger.today);
    for (const month of months) {
      if (month < monthOf(activation.on) || month > until) continue;
      tally.count(month, 'relationshipMonths');
      tally.rate(month, 'cadenceMonthlyNormMet', sessionMonths.has(`${activation.relationshipId} ${month}`));
    }
  }
  return tally.table(months, EXPECTED_KINDS);
}

export type OutcomeRole = 'all' | 'coachee' | 'mentee' | 'coach' | 'mentor';

/**
 * People who began taking part in the cohort period: the day each first held a relationship that was not declined
 * (its start, or its introduction while it waited for confirmation), in each role; "all" by their first start in any.
 */
export function expectedParticipants(ledger: ScenarioLedger, cohort: { from: CalendarDate; to: CalendarDate }): Record<OutcomeRole, number> {
  const declined = new Set(ledger.declines.map((decline) => decline.relationshipId));
  const activatedOn = new Map(ledger.activations.map((activation) => [activation.relationshipId, activation.on]));
  const kindOf = new Map(ledger.requests.map((request) => [request.requestId, request.kind]));
  const firstStart = new Map<string, CalendarDate>();
  const note = (key: string, day: CalendarDate): void => {
    const known = firstStart.get(key);
    if (known === undefined || day < known) firstStart.set(key, day);
  };
  for (const introduction of ledger.introductions) {
    if (declined.has(introduction.relationshipId)) continue;
    const started = activatedOn.get(introduction.relationshipId) ?? introduction.on;
    const mentoring = kindOf.get(introduction.requestId) === 'MENTORING';
    note(`${mentoring ? 'mentee' : 'coachee'} ${introduction.coacheeId}`, started);
    note(`${mentoring ? 'mentor' : 'coach'} ${introduction.coachId}`, started);
    note(`all ${introduction.coacheeId}`, started);
    note(`all ${introduction.coachId}`, started);
  }
  const counts: Record<OutcomeRole, number> = { all: 0, coachee: 0, mentee: 0, coach: 0, mentor: 0 };
  for (const [key, day] of firstStart) {
    if (day < cohort.from || day > cohort.to) continue;
    counts[key.split(' ')[0] as OutcomeRole] += 1;
  }
  return counts;
}
