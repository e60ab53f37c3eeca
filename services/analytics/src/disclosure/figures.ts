/**
 * Figures as the service computes them (raw: exact, never leave the service) and as they are published (after
 * disclosure control). Every figure that leaves analytics passes through `publishTable`; resolvers never build a
 * PublishedFigure themselves.
 */

/** An exact figure. Counts are of people, pairs, sessions or events; never fractional. */
export type RawFigure =
  | { kind: 'count'; value: number }
  /** A share: numerator out of base (both counts). Published as a whole percent. */
  | { kind: 'rate'; numerator: number; base: number }
  /** A median, p90, mean, ratio or sum (hours) over `base` observations; null when there were none. */
  | { kind: 'statistic'; value: number | null; base: number };

export type SuppressionReason =
  /** A count of 1 to 7. */
  | 'SMALL_COUNT'
  /** A rate or statistic over fewer than 8 observations. */
  | 'SMALL_BASE'
  /** Shown, another cell could be worked out by differencing. */
  | 'SECONDARY'
  /**
   * Every cell of this figure in this breakdown is withheld, zeros included: no choice of secondary suppressions
   * kept a small count from being worked out from the breakdown and the figures published beside it. Says
   * nothing about the cell's size.
   */
  | 'BREAKDOWN_WITHHELD';

export interface PublishedFigure {
  kind: RawFigure['kind'];
  /** Counts: rounded to the nearest 5 (0 stays 0). Rates: whole percent. Statistics: rounded to one decimal place. Null when suppressed. */
  value: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
  /** Rates and statistics: their base, published as a count (rounded, or null when itself small). */
  base: number | null;
  /** Totals only: true when at least one cell of the column was suppressed, so the total leaves something out. */
  incomplete?: boolean;
}

/** A breakdown: one row per combination of the grouping dimensions' values. */
export interface FigureTable {
  /** Names of the grouping dimensions, e.g. ['organisation', 'month']; empty for an ungrouped figure set. */
  dimensions: string[];
  rows: Array<{ key: string[]; figures: Record<string, RawFigure> }>;
}

export interface PublishedTable {
  dimensions: string[];
  rows: Array<{ key: string[]; figures: Record<string, PublishedFigure> }>;
  /** One per figure name. Counts: the sum of the published cells (suppressed cells count as nothing), so a total can never be differenced against its cells. */
  totals: Record<string, PublishedFigure>;
}
