import type { FigureTable, RawFigure } from '../disclosure/figures';
import { backlogFigures, loadSpreadFigures, poolFigures, supervisionFigures, trainingFigures } from './supply-figures';
import {
  cadenceFigures,
  chemistryFigures,
  closureFigures,
  firstSessionFigures,
  heldFigures,
  introductionFigures,
  requestFigures,
  sessionFigures,
} from './demand-figures';
import { emptyFigure, PROGRAMME_FIGURES } from './figure-catalogue';
import { withFiguresTransaction } from './figures-transaction';
import type { FamilyRow, FigureFamily, MetricsContext } from './metrics-context';

const FAMILIES: readonly FigureFamily[] = [
  trainingFigures,
  poolFigures,
  backlogFigures,
  requestFigures,
  introductionFigures,
  firstSessionFigures,
  chemistryFigures,
  heldFigures,
  closureFigures,
  sessionFigures,
  cadenceFigures,
  loadSpreadFigures,
  supervisionFigures,
];

/**
 * The programme figures for a scope and period, exact (before disclosure control), one row per group. Every row has
 * every figure: a group one family has no rows for shows that family's figures as zero or without a base.
 */
export async function programmeMetricsTable(context: MetricsContext): Promise<FigureTable> {
  const rows = new Map<string, { key: string[]; figures: Record<string, RawFigure> }>();
  const empty = (): Record<string, RawFigure> => Object.fromEntries(PROGRAMME_FIGURES.map((figure) => [figure.name, emptyFigure(figure.kind)]));
  // One family at a time, on one connection: they share the request's connection budget and the machine's cores.
  await withFiguresTransaction(context.db, async (db) => {
    for (const family of FAMILIES) {
      const familyRows: FamilyRow[] = await family({ ...context, db });
      for (const row of familyRows) {
        const id = JSON.stringify(row.key);
        const existing = rows.get(id) ?? { key: row.key, figures: empty() };
        Object.assign(existing.figures, row.figures);
        rows.set(id, existing);
      }
    }
  });
  if (context.groupBy.length === 0 && rows.size === 0) rows.set('[]', { key: [], figures: empty() });
  const sorted = [...rows.values()].sort((a, b) => compareKeys(a.key, b.key));
  return { dimensions: [...context.groupBy], rows: sorted };
}

function compareKeys(a: string[], b: string[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const order = a[index].localeCompare(b[index]);
    if (order !== 0) return order;
  }
  return 0;
}
