import type { PublishedFigure } from './figures';
import { roundToFive, SMALL_LIMIT } from './rounding';

/** The integers a published count (or a rate's or statistic's base) could have come from. */
export interface KnownRange {
  lo: number;
  /** Infinity when nothing published bounds it from above. */
  hi: number;
}

/**
 * How the rules read backwards. Shown counts are at least 10 and within 2 of the truth; a small count is 1 to 7;
 * a secondary suppression is never placed on a zero or a small count (those are shown as 0 or already withheld),
 * so an attacker who knows the rules knows it is at least 8; a withheld breakdown says nothing.
 */
export function rangeOfPublished(figure: PublishedFigure): KnownRange {
  if (figure.reason === 'BREAKDOWN_WITHHELD') return { lo: 0, hi: Infinity };
  if (figure.reason === 'SECONDARY') return { lo: SMALL_LIMIT + 1, hi: Infinity };
  const shown = figure.kind === 'count' ? figure.value : figure.base;
  if (shown === null) return { lo: 1, hi: SMALL_LIMIT };
  return shown === 0 ? { lo: 0, hi: 0 } : { lo: shown - 2, hi: shown + 2 };
}

/** The same reading for a raw count that will be published as it stands (not secondarily suppressed). */
export function rangeOfRaw(count: number): KnownRange {
  if (count === 0) return { lo: 0, hi: 0 };
  if (count <= SMALL_LIMIT) return { lo: 1, hi: SMALL_LIMIT };
  const shown = roundToFive(count);
  return { lo: shown - 2, hi: shown + 2 };
}
