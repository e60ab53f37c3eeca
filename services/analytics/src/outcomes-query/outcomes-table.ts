import type { Queryable } from '@tapestry/eventsourcing';
import type { FigureTable, RawFigure } from '../disclosure/figures';
import { outcomeFigures, outcomesByRoleAndProgramme, type HorizonMonths, type OutcomeComparison } from '../outcomes';
import type { Period, ResolvedScope } from '../scope/scope';
import { loadParticipations, loadSpells } from './load-outcome-inputs';

/**
 * Figures left out of the published outcome tables: with `participants` shown, its parts (not yet observable, not
 * employed at the index, unmatched) would let a small count be worked out by subtraction.
 */
const WITHHELD = new Set(['notYetObservable', 'notEmployedAtIndex', 'unmatchedParticipants']);

export const OUTCOME_LABELS: Record<string, string> = {
  participants: 'Participants who began in the cohort period',
  matchedParticipants: 'Participants with a matched comparison',
  comparisonPeople: 'Comparison group (not yet taking part in the index month)',
  retentionParticipants: 'Retained: participants (%)',
  retentionComparison: 'Retained: comparison (%)',
  retentionDifference: 'Retention difference (percentage points)',
  retentionDifferenceLow: 'Retention difference, 95% CI low',
  retentionDifferenceHigh: 'Retention difference, 95% CI high',
  bandIncreaseParticipants: 'Band increase: participants (%)',
  bandIncreaseComparison: 'Band increase: comparison (%)',
  bandIncreaseDifference: 'Band increase difference (percentage points)',
  bandIncreaseDifferenceLow: 'Band increase difference, 95% CI low',
  bandIncreaseDifferenceHigh: 'Band increase difference, 95% CI high',
  promotionParticipants: 'Promotion: participants (%)',
  promotionComparison: 'Promotion: comparison (%)',
  promotionDifference: 'Promotion difference (percentage points)',
  promotionDifferenceLow: 'Promotion difference, 95% CI low',
  promotionDifferenceHigh: 'Promotion difference, 95% CI high',
};

function publishable(comparison: OutcomeComparison): Record<string, RawFigure> {
  return Object.fromEntries(Object.entries(outcomeFigures(comparison)).filter(([name]) => !WITHHELD.has(name) && !name.endsWith('NotComparable')));
}

/**
 * Retention and progression of the people who began taking part in the cohort period, against matched
 * people who had not yet taken part by the index month, at the horizon: one row for everyone and one per role and programme.
 */
export async function outcomesTable(
  db: Queryable,
  schema: string,
  scope: ResolvedScope,
  cohort: Period,
  horizonMonths: HorizonMonths,
  programme: string | null,
  asOf: string,
): Promise<FigureTable> {
  const spells = await loadSpells(db, schema, scope.organisationIds);
  const inScope = new Set(spells.filter((spell) => scope.organisationIds.includes(spell.organisationId)).map((spell) => spell.personId));
  const participations = (await loadParticipations(db, schema)).filter(
    (participation) => inScope.has(participation.personId) && (programme === null || participation.programme === programme),
  );
  const result = outcomesByRoleAndProgramme({ spells, participations, cohortFrom: cohort.from, cohortTo: cohort.to, horizonMonths, asOf });
  return {
    dimensions: ['role', 'programme'],
    rows: [
      { key: ['all', programme ?? ''], figures: publishable(result.all) },
      ...result.byRoleAndProgramme.map((comparison) => ({ key: [comparison.role ?? 'all', comparison.programme ?? ''], figures: publishable(comparison) })),
    ],
  };
}
