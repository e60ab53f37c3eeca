import { publishTable } from '../disclosure/publish-table';
import type { FigureTable, PublishedFigure, PublishedTable } from '../disclosure/figures';
import type { KeyLabeller } from './key-labels';
import type { FigureRowResult, FigureTableResult, PublishedFigureResult } from './figure-table.types';

export const DISCLOSURE_NOTES = [
  'Counts of 1 to 7 are suppressed ([c]); other counts are rounded to the nearest 5.',
  'Rates, medians and percentiles are withheld when fewer than 8 observations lie behind them.',
  'Totals are the sums of the cells shown, so they can be smaller than the true totals.',
  'Where a suppressed cell could be worked out from others, another cell is suppressed too.',
];

export interface TableDescription {
  title: string;
  scopeName: string;
  /** Labels for the figure names; a figure without one is shown by its name. */
  labels: Record<string, string>;
  notes?: string[];
}

/**
 * The one way figures leave analytics: every table passes disclosure control here, and the GraphQL types are built
 * only from a published table. Resolvers compute exact tables and hand them over; none publishes a figure itself.
 */
export function publishForCaller(raw: FigureTable, description: TableDescription, labeller: KeyLabeller): { result: FigureTableResult; published: PublishedTable } {
  const published = publishTable(raw);
  const figure = (name: string, value: PublishedFigure): PublishedFigureResult => ({
    name,
    label: description.labels[name] ?? name,
    kind: value.kind,
    value: value.value,
    suppressed: value.suppressed,
    reason: value.reason,
    base: value.base,
    incomplete: value.incomplete ?? false,
  });
  const rows: FigureRowResult[] = published.rows.map((row) => ({
    key: row.key,
    keyLabels: row.key.map((value, index) => labeller.label(published.dimensions[index], value)),
    figures: Object.entries(row.figures).map(([name, value]) => figure(name, value)),
  }));
  return {
    published,
    result: {
      title: description.title,
      scopeName: description.scopeName,
      dimensions: published.dimensions,
      rows,
      totals: Object.entries(published.totals).map(([name, value]) => figure(name, value)),
      notes: [...(description.notes ?? []), ...DISCLOSURE_NOTES],
    },
  };
}
