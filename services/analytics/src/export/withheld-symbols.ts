import type { PublishedFigure } from '../disclosure/figures';

/**
 * What stands in a table cell for a figure that is not shown. The letters follow the Government Statistical
 * Service's shorthand for tables (the convention ONS publishes in), so a reader who knows those tables needs no
 * new key, and every form of a figure (CSV, HTML, PDF) uses the same ones:
 * - `[c]` confidential: withheld by disclosure control, either a count of 1 to 7 or a figure hidden so that such
 *   a count cannot be worked out by subtraction;
 * - `[w]` too few observations: a percentage or statistic over fewer than 8 people or events;
 * - `[x]` not available: there is no value and nothing was withheld (a statistic over no observations).
 */
export type WithheldSymbol = '[c]' | '[w]' | '[x]';

export const WITHHELD_SYMBOLS: ReadonlyArray<{ symbol: WithheldSymbol; meaning: string }> = [
  {
    symbol: '[c]',
    meaning:
      'confidential: a count of 1 to 7, or a figure withheld so that such a count cannot be worked out from the others',
  },
  { symbol: '[w]', meaning: 'too few observations: a percentage or statistic based on fewer than 8 people or events' },
  { symbol: '[x]', meaning: 'not available: there was nothing to calculate it from' },
];

/** A figure as a reader gets it: its value, or the symbol that stands in its place. */
export type FigureReading = { shown: true; value: number } | { shown: false; symbol: WithheldSymbol };

/** A figure marked suppressed is never shown, whatever its value field holds. */
export function readFigure(figure: PublishedFigure): FigureReading {
  if (figure.suppressed) return { shown: false, symbol: figure.reason === 'SMALL_BASE' ? '[w]' : '[c]' };
  if (figure.value === null || !Number.isFinite(figure.value)) return { shown: false, symbol: '[x]' };
  return { shown: true, value: figure.value };
}
