import type { PublishedFigure, RawFigure } from './figures';
import { publishFigure } from './publish-figure';

/**
 * A column's total, from what is shown: a suppressed cell contributes nothing, and `incomplete` says one was
 * left out. Built from shown cells only, a total adds nothing an attacker could difference against its cells.
 *
 * - Counts: the sum of the shown values (each a multiple of 5, so the total is too).
 * - Rates: numerators over bases summed across the shown cells (each has a base of at least 8), as a whole
 *   percent; the base is the sum of the shown bases. Including a withheld cell's numerator would let the
 *   total be differenced against the shown rates to recover it.
 * - Statistics: a median or p90 cannot be combined from its cells, and a mean over the shown cells alone
 *   describes no real group, so the value is null and only the base (sum of shown bases) is given; a table
 *   of one shown row is the exception, its total being that row's figure.
 */
export function totalOf(kind: RawFigure['kind'], shown: readonly PublishedFigure[], raw: readonly RawFigure[]): PublishedFigure {
  const incomplete = shown.some(isHidden);
  const shownBases = shown.reduce((sum, figure) => sum + (figure.base ?? 0), 0);
  switch (kind) {
    case 'count':
      return { kind, value: shown.reduce((sum, figure) => sum + (figure.value ?? 0), 0), suppressed: false, reason: null, base: null, incomplete };
    case 'rate': {
      let numerator = 0;
      let base = 0;
      raw.forEach((figure, index) => {
        if (figure.kind === 'rate' && !shown[index].suppressed) {
          numerator += figure.numerator;
          base += figure.base;
        }
      });
      return { ...publishFigure({ kind: 'rate', numerator, base }), base: shownBases, incomplete };
    }
    case 'statistic':
      if (shown.length === 1 && !incomplete) return { ...shown[0], incomplete };
      return { kind, value: null, suppressed: false, reason: null, base: shownBases, incomplete };
    default: {
      const unhandled: never = kind;
      throw new Error(`Unhandled figure kind: ${String(unhandled)}`);
    }
  }
}

/** Withheld with something behind it; a rate or statistic over no observations shows its base of 0 and hides nothing. */
function isHidden(figure: PublishedFigure): boolean {
  return figure.suppressed && (figure.kind === 'count' ? figure.value === null : figure.base === null);
}
