import { expectedByMonth } from './expected-figures';
import { expectedForPeriod } from './expected-period';
import { emptyLedger, type ScenarioLedger } from './ledger';

/** Worked by hand: one coach trained twice, two pairs introduced (one declined), the other held over three months. */
function ledger(): ScenarioLedger {
  const ledger = emptyLedger('2025-01-20', '2025-03-31', 1, 1);
  ledger.trained.push({ personId: 'A', on: '2025-01-21' }, { personId: 'A', on: '2025-02-21' }, { personId: 'B', on: '2025-03-02' });
  ledger.requests.push({ requestId: 'r1', personId: 'C', on: '2025-01-25', kind: 'COACHING' }, { requestId: 'r2', personId: 'D', on: '2025-01-26', kind: 'COACHING' });
  ledger.introductions.push(
    { relationshipId: 'rel1', requestId: 'r1', coachId: 'A', coacheeId: 'C', on: '2025-01-28' },
    { relationshipId: 'rel2', requestId: 'r2', coachId: 'B', coacheeId: 'D', on: '2025-03-05' },
  );
  ledger.declines.push({ relationshipId: 'rel2', on: '2025-03-10' });
  ledger.activations.push({ relationshipId: 'rel1', on: '2025-02-03' });
  ledger.sessions.push({ relationshipId: 'rel1', on: '2025-02-10', minutes: 90 }, { relationshipId: 'rel1', on: '2025-03-10', minutes: 60 });
  return ledger;
}

describe('the figures a scenario ledger implies for its whole period', () => {
  const period = expectedForPeriod(ledger(), 90);

  it('adds events up over the months', () => {
    expect(period.get('requests')).toEqual({ kind: 'count', value: 2 });
    expect(period.get('sessionsHeld')).toEqual({ kind: 'count', value: 2 });
    expect(period.get('sessionsAtCap')).toEqual({ kind: 'rate', numerator: 1, base: 2 });
    expect(period.get('chemistrySuccess')).toEqual({ kind: 'rate', numerator: 1, base: 2 });
    expect(period.get('cadenceMonthlyNormMet')).toEqual({ kind: 'rate', numerator: 2, base: 2 });
  });

  it('counts a person trained, and a relationship held, once however many months they appear in', () => {
    const months = expectedByMonth(ledger(), 90);
    const held = [...months.values()].map((figures) => figures.get('relationshipsHeld'));
    expect(held).toEqual([1, 1, 1].map((value) => ({ kind: 'count', value })));
    expect(period.get('relationshipsHeld')).toEqual({ kind: 'count', value: 1 });
    expect(period.get('peopleTrained')).toEqual({ kind: 'count', value: 2 });
  });

  it('names every figure the months name', () => {
    expect([...period.keys()].sort()).toEqual([...(expectedByMonth(ledger(), 90).get('2025-01')?.keys() ?? [])].sort());
  });
});
