import { EXPECTED_KINDS, expectedByMonth, type ExpectedFigure } from './expected-figures';
import type { ScenarioLedger } from './ledger';

/**
 * The figures the ledger implies for its whole period, ungrouped. Events (requests, introductions, settled
 * chemistry, closures, sessions, relationship-months) add up over the months; people trained and relationships held
 * do not, since one person or relationship may appear in several months: each is counted once.
 */
export function expectedForPeriod(ledger: ScenarioLedger, capMinutes: number): Map<string, ExpectedFigure> {
  const totals = new Map<string, ExpectedFigure>(
    Object.entries(EXPECTED_KINDS).map(([name, kind]) => [name, kind === 'count' ? { kind, value: 0 } : { kind, numerator: 0, base: 0 }]),
  );
  for (const figures of expectedByMonth(ledger, capMinutes).values()) {
    for (const [name, figure] of figures) {
      const total = totals.get(name);
      if (total?.kind === 'count' && figure.kind === 'count') total.value += figure.value;
      if (total?.kind === 'rate' && figure.kind === 'rate') {
        total.numerator += figure.numerator;
        total.base += figure.base;
      }
    }
  }
  const inPeriod = (day: string): boolean => day >= ledger.launch && day <= ledger.today;
  totals.set('peopleTrained', { kind: 'count', value: new Set(ledger.trained.filter((training) => inPeriod(training.on)).map((training) => training.personId)).size });
  const declined = new Set(ledger.declines.map((decline) => decline.relationshipId));
  const held = ledger.introductions.filter((introduction) => !declined.has(introduction.relationshipId) && introduction.on <= ledger.today);
  totals.set('relationshipsHeld', { kind: 'count', value: held.length });
  return totals;
}
