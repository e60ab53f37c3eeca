import type { PublishedFigure } from '../disclosure/figures';
import { readFigure } from '../export';

/** Disclosure control withholds counts of 1 to 7, and rates and statistics over fewer than 8. */
export const SMALLEST_SHOWN = 8;

const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A shown value in words of its kind: '1,240', '45%', '12.5'. */
function valueText(kind: PublishedFigure['kind'], value: number): string {
  switch (kind) {
    case 'count':
      return wholeNumber.format(value);
    case 'rate':
      return `${wholeNumber.format(value)}%`;
    case 'statistic':
      return oneDecimal.format(value);
    default: {
      const unknown: never = kind;
      throw new Error(`Unknown figure kind ${String(unknown)}`);
    }
  }
}

/** A figure as a table cell shows it: its value, or the symbol standing in its place. */
export function figureText(figure: PublishedFigure): string {
  const reading = readFigure(figure);
  return reading.shown ? valueText(figure.kind, reading.value) : reading.symbol;
}

/** What a rate or statistic was worked out over, as a cell: a count, '[c]' when that count is itself small, '' for a count. */
export function baseText(figure: PublishedFigure): string {
  if (figure.kind === 'count') return '';
  return figure.base === null ? '[c]' : wholeNumber.format(figure.base);
}

/** The words for what a count counts. */
export interface Noun {
  one: string;
  many: string;
  /** For a count of 0 when 'no' + many reads badly ('no coaches or mentors'). */
  none?: string;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A count in a sentence: '45 requests', 'no requests', 'fewer than 8 requests', 'an unpublished number of requests'. */
export function countOf(figure: PublishedFigure, noun: Noun): string {
  const reading = readFigure(figure);
  if (reading.shown) {
    if (reading.value === 0) return noun.none ?? `no ${noun.many}`;
    return `${valueText('count', reading.value)} ${reading.value === 1 ? noun.one : noun.many}`;
  }
  return figure.reason === 'SMALL_COUNT'
    ? `fewer than ${SMALLEST_SHOWN} ${noun.many}`
    : `an unpublished number of ${noun.many}`;
}

/** The verb agreeing with `countOf` of the same figure. */
export function wasOrWere(figure: PublishedFigure): 'was' | 'were' {
  const reading = readFigure(figure);
  return reading.shown && reading.value === 1 ? 'was' : 'were';
}

/** A shown rate ('45%') or statistic ('12.5'), or null when it is withheld. */
export function shownValue(figure: PublishedFigure): string | null {
  const reading = readFigure(figure);
  return reading.shown ? valueText(figure.kind, reading.value) : null;
}

/** The end of a sentence saying why a figure is not given; `basis` names what a rate or statistic is over. */
export function whyWithheld(figure: PublishedFigure, basis: string): string {
  if (!figure.suppressed) return 'because there was nothing to calculate it from';
  switch (figure.reason) {
    case 'SMALL_BASE':
      return `because it would rest on fewer than ${SMALLEST_SHOWN} ${basis}`;
    case 'SMALL_COUNT':
      return `because it is fewer than ${SMALLEST_SHOWN}`;
    default:
      return 'so that other figures cannot be worked out from it';
  }
}
