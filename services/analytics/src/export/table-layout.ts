import type { PublishedFigure, PublishedTable } from '../disclosure/figures';

/** Which figures of a table to show, in which order, and the words for its dimensions, figures and keys. */
export interface TableColumns {
  figureNames: string[];
  /** Column headings by figure name; the name itself when absent. */
  figureLabels?: Record<string, string>;
  /** Column headings by dimension name; the name itself when absent. */
  dimensionLabels?: Record<string, string>;
  /** The words for one key of a dimension (e.g. '2025-04' as 'April 2025'); the key itself when absent. */
  keyLabels?: (dimension: string, key: string) => string;
}

export interface FigureColumn {
  name: string;
  label: string;
  kind: PublishedFigure['kind'];
}

export interface LaidOutRow {
  /** One per dimension: the row's key in words. */
  labels: string[];
  /** One per figure column. */
  figures: PublishedFigure[];
}

/** A table in the order it is read: the same for CSV, HTML and PDF, so the three never disagree. */
export interface TableLayout {
  dimensionLabels: string[];
  figureColumns: FigureColumn[];
  rows: LaidOutRow[];
  /** The Total row, labelled in the first dimension's column; null for a table without dimensions, whose rows already are the whole. */
  total: LaidOutRow | null;
}

export const TOTAL_LABEL = 'Total';

// Own-property lookups only: a figure or dimension called 'constructor' must not find Object.prototype's.
function own<T>(record: Record<string, T> | undefined, name: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
}

function figureKind(table: PublishedTable, name: string): PublishedFigure['kind'] {
  const figure = own(table.totals, name) ?? table.rows.map((row) => own(row.figures, name)).find((f) => f !== undefined);
  if (figure === undefined) throw new Error(`The table has no figure named "${name}"`);
  return figure.kind;
}

export function layOutTable(table: PublishedTable, columns: TableColumns): TableLayout {
  const figureColumns = columns.figureNames.map((name) => ({
    name,
    label: own(columns.figureLabels, name) ?? name,
    kind: figureKind(table, name),
  }));
  const keyLabel = columns.keyLabels ?? ((_dimension: string, key: string) => key);
  const rows = table.rows.map((row) => {
    if (row.key.length !== table.dimensions.length) {
      throw new Error(`A row has ${row.key.length} keys for ${table.dimensions.length} dimensions`);
    }
    return {
      labels: row.key.map((key, i) => keyLabel(table.dimensions[i], key)),
      figures: figureColumns.map(({ name }) => {
        const figure = own(row.figures, name);
        if (figure === undefined) throw new Error(`Row [${row.key.join(', ')}] has no figure named "${name}"`);
        return figure;
      }),
    };
  });
  const total =
    table.dimensions.length === 0
      ? null
      : {
          labels: table.dimensions.map((_, i) => (i === 0 ? TOTAL_LABEL : '')),
          figures: figureColumns.map(({ name }) => {
            const figure = own(table.totals, name);
            if (figure === undefined) throw new Error(`The table has no total for "${name}"`);
            return figure;
          }),
        };
  return {
    dimensionLabels: table.dimensions.map((dimension) => own(columns.dimensionLabels, dimension) ?? dimension),
    figureColumns,
    rows,
    total,
  };
}
