import { expectedByMonth, expectedParticipants, monthsBetween, type ExpectedFigure } from './expected-figures';
import { emptyLedger, type ScenarioLedger } from './ledger';

/** A quarter worked by hand: two trained, three requests, one pair declined and re-matched, one closed. */
function quarter(): ScenarioLedger {
  const ledger = emptyLedger('2025-01-20', '2025-04-10', 1, 1);
  ledger.trained.push({ personId: 'A', on: '2025-01-21' }, { personId: 'B', on: '2025-01-28' });
  ledger.requests.push(
    { requestId: 'r1', personId: 'C', on: '2025-02-03', kind: 'COACHING' },
    { requestId: 'r2', personId: 'D', on: '2025-02-10', kind: 'MENTORING' },
    { requestId: 'r3', personId: 'E', on: '2025-03-01', kind: 'COACHING' },
  );
  ledger.withdrawals.push({ requestId: 'r3', on: '2025-03-08' });
  ledger.introductions.push(
    { relationshipId: 'rel1', requestId: 'r1', coachId: 'A', coacheeId: 'C', on: '2025-02-05' },
    { relationshipId: 'rel2', requestId: 'r2', coachId: 'B', coacheeId: 'D', on: '2025-02-12' },
    { relationshipId: 'rel3', requestId: 'r2', coachId: 'A', coacheeId: 'D', on: '2025-02-26' },
  );
  ledger.declines.push({ relationshipId: 'rel2', on: '2025-02-19' });
  ledger.activations.push({ relationshipId: 'rel1', on: '2025-02-12' }, { relationshipId: 'rel3', on: '2025-03-05' });
  ledger.sessions.push(
    { relationshipId: 'rel1', on: '2025-02-20', minutes: 90 },
    { relationshipId: 'rel1', on: '2025-03-25', minutes: 60 },
    { relationshipId: 'rel3', on: '2025-03-20', minutes: 90 },
  );
  ledger.cancellations.push({ relationshipId: 'rel1', plannedOn: '2025-04-01', reason: 'CLINICAL_PRESSURE', rescheduledTo: null });
  ledger.closures.push({ relationshipId: 'rel1', on: '2025-04-08', reason: 'GOALS_MET' });
  return ledger;
}

const count = (value: number): ExpectedFigure => ({ kind: 'count', value });
const rate = (numerator: number, base: number): ExpectedFigure => ({ kind: 'rate', numerator, base });

describe('the figures a scenario ledger implies', () => {
  const months = expectedByMonth(quarter(), 90);
  const at = (month: string, name: string): ExpectedFigure | undefined => months.get(month)?.get(name);

  it('lists every month of the period, across a year end', () => {
    expect(monthsBetween('2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect([...months.keys()]).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
  });

  it('counts training, requests and introductions in the month they happened', () => {
    expect(at('2025-01', 'peopleTrained')).toEqual(count(2));
    expect(at('2025-02', 'requests')).toEqual(count(2));
    expect(at('2025-03', 'requests')).toEqual(count(1));
    expect(at('2025-03', 'requestsWithdrawn')).toEqual(count(1));
    expect(at('2025-02', 'introductions')).toEqual(count(3));
    expect(at('2025-02', 'introductionsDeclined')).toEqual(count(1));
  });

  it('settles chemistry in the month of the confirmation or the decline', () => {
    expect(at('2025-02', 'chemistrySuccess')).toEqual(rate(1, 2));
    expect(at('2025-03', 'chemistrySuccess')).toEqual(rate(1, 1));
  });

  it('holds a relationship from its introduction to the month it closed, never a declined one', () => {
    expect(at('2025-01', 'relationshipsHeld')).toEqual(count(0));
    expect(at('2025-02', 'relationshipsHeld')).toEqual(count(2));
    expect(at('2025-04', 'relationshipsHeld')).toEqual(count(2));
    expect(at('2025-04', 'relationshipsClosed')).toEqual(count(1));
    expect(at('2025-04', 'closureReason_GOALS_MET')).toEqual(count(1));
  });

  it('counts sessions, cancellations and the cap by their own day', () => {
    expect(at('2025-02', 'sessionsHeld')).toEqual(count(1));
    expect(at('2025-03', 'sessionsHeld')).toEqual(count(2));
    expect(at('2025-03', 'sessionsAtCap')).toEqual(rate(1, 2));
    expect(at('2025-04', 'sessionsCancelled')).toEqual(count(1));
  });

  it('meets the monthly norm in a relationship-month with a session held', () => {
    expect(at('2025-02', 'relationshipMonths')).toEqual(count(1));
    expect(at('2025-03', 'cadenceMonthlyNormMet')).toEqual(rate(2, 2));
    expect(at('2025-04', 'cadenceMonthlyNormMet')).toEqual(rate(0, 2));
  });

  it('finds the participants whose first relationship began in the cohort, by role', () => {
    expect(expectedParticipants(quarter(), { from: '2025-01-20', to: '2025-02-28' })).toEqual({ all: 2, coachee: 1, mentee: 0, coach: 1, mentor: 0 });
    expect(expectedParticipants(quarter(), { from: '2025-01-20', to: '2025-03-31' })).toEqual({ all: 3, coachee: 1, mentee: 1, coach: 1, mentor: 1 });
  });
});
