/** A figure as analytics publishes it, after disclosure control (see PublishedFigureResult in the schema). */
export interface PublishedFigure {
  name: string;
  label: string;
  /** count, rate (whole percent) or statistic */
  kind: string;
  /** Null when suppressed, or when there was nothing to calculate it from. */
  value: number | null;
  suppressed: boolean;
  /** SMALL_COUNT, SMALL_BASE, SECONDARY or BREAKDOWN_WITHHELD */
  reason: string | null;
  base: number | null;
  incomplete: boolean;
}

export interface FigureRow {
  key: string[];
  keyLabels: string[];
  figures: PublishedFigure[];
}

export interface FigureTableResult {
  title: string;
  scopeName: string;
  dimensions: string[];
  rows: FigureRow[];
  totals: PublishedFigure[];
  notes: string[];
}

export const FIGURE_FIELDS = 'name label kind value suppressed reason base incomplete';
export const TABLE_FIELDS = `title scopeName dimensions notes rows { key keyLabels figures { ${FIGURE_FIELDS} } } totals { ${FIGURE_FIELDS} }`;
