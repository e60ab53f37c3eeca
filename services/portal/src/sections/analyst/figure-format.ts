import type { FigureTableResult, PublishedFigure } from './figure-types';

/** Why a figure is not shown, in words: never a 0 that was really a small number. */
export function withheldText(figure: Pick<PublishedFigure, 'suppressed' | 'reason'>): string {
  switch (figure.reason) {
    case 'SMALL_COUNT':
      return 'suppressed (1 to 7)';
    case 'SMALL_BASE':
      return 'withheld: base under 8';
    case 'SECONDARY':
      return 'suppressed (would reveal a small number)';
    case 'BREAKDOWN_WITHHELD':
      return 'withheld in this breakdown';
    default:
      return 'suppressed';
  }
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A figure as a table cell shows it: its value with its unit, or why it is withheld. */
export function figureText(figure: PublishedFigure): string {
  if (figure.suppressed) return withheldText(figure);
  if (figure.value === null) return 'not available';
  const shown = figure.kind === 'rate' ? `${number.format(figure.value)}%` : number.format(figure.value);
  return figure.incomplete ? `${shown} (incomplete: some cells suppressed)` : shown;
}

/** How many observations lie behind a rate or statistic, when published. */
export function baseText(figure: PublishedFigure): string {
  if (figure.kind === 'count') return '';
  return figure.base === null ? 'withheld' : number.format(figure.base);
}

/** The value a chart may draw: nothing for a withheld figure, so it is never drawn as 0. */
export function chartValue(figure: PublishedFigure | undefined): number | null {
  if (!figure || figure.suppressed) return null;
  return figure.value;
}

/**
 * The figures of an ungrouped table. Its one row holds each figure as published; totals are sums of shown cells
 * (a suppressed cell adds nothing), so they are used only when there is no row.
 */
export function overallFigures(table: FigureTableResult): PublishedFigure[] {
  return table.rows.length === 1 && table.rows[0].key.length === 0 ? table.rows[0].figures : table.totals;
}

export const figureNamed = (figures: readonly PublishedFigure[], name: string): PublishedFigure | undefined => figures.find((figure) => figure.name === name);

