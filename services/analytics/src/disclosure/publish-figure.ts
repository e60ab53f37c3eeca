import { DisclosureError } from './disclosure-error';
import type { PublishedFigure, RawFigure } from './figures';
import { isSmall, oneDecimal, publishedCount, SMALL_LIMIT, wholePercent } from './rounding';

/**
 * One figure on its own: the small-count and small-base rules and the rounding. A figure in a breakdown must go
 * through `publishTable` instead, which also guards against differencing.
 */
export function publishFigure(raw: RawFigure): PublishedFigure {
  assertValidFigure(raw);
  switch (raw.kind) {
    case 'count':
      if (isSmall(raw.value)) return { kind: 'count', value: null, suppressed: true, reason: 'SMALL_COUNT', base: null };
      return { kind: 'count', value: publishedCount(raw.value), suppressed: false, reason: null, base: null };
    case 'rate':
      if (raw.base <= SMALL_LIMIT) return smallBase('rate', raw.base);
      return { kind: 'rate', value: wholePercent(raw.numerator, raw.base), suppressed: false, reason: null, base: publishedCount(raw.base) };
    case 'statistic':
      if (raw.base <= SMALL_LIMIT) return smallBase('statistic', raw.base);
      return {
        kind: 'statistic',
        value: raw.value === null ? null : oneDecimal(raw.value),
        suppressed: false,
        reason: null,
        base: publishedCount(raw.base),
      };
    default: {
      const unhandled: never = raw;
      throw new Error(`Unhandled figure kind: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Under 8 observations, including none: a base of 0 is still shown as 0, since it reveals nobody. */
function smallBase(kind: 'rate' | 'statistic', base: number): PublishedFigure {
  return { kind, value: null, suppressed: true, reason: 'SMALL_BASE', base: publishedCount(base) };
}

/** The figure behind the rules is exact: a fractional or negative count would make "1 to 7" meaningless. */
export function assertValidFigure(raw: RawFigure): void {
  const counts = raw.kind === 'count' ? [raw.value] : raw.kind === 'rate' ? [raw.numerator, raw.base] : [raw.base];
  if (!counts.every((n) => Number.isSafeInteger(n) && n >= 0)) {
    throw new DisclosureError('INVALID_FIGURE', `Counts must be whole and not negative: ${JSON.stringify(raw)}`);
  }
  if (raw.kind === 'rate' && raw.numerator > raw.base) {
    throw new DisclosureError('INVALID_FIGURE', `A rate's numerator exceeds its base: ${JSON.stringify(raw)}`);
  }
  if (raw.kind === 'statistic' && raw.value !== null && !Number.isFinite(raw.value)) {
    throw new DisclosureError('INVALID_FIGURE', `A statistic must be finite: ${JSON.stringify(raw)}`);
  }
}
