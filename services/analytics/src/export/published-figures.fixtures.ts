import type { PublishedFigure } from '../disclosure/figures';

/** Published figures as disclosure control leaves them, for tests of what readers are shown. */
export const shownCount = (value: number): PublishedFigure => ({
  kind: 'count',
  value,
  suppressed: false,
  reason: null,
  base: null,
});

export const shownRate = (percent: number, base: number): PublishedFigure => ({
  kind: 'rate',
  value: percent,
  suppressed: false,
  reason: null,
  base,
});

export const shownStatistic = (value: number, base: number): PublishedFigure => ({
  kind: 'statistic',
  value,
  suppressed: false,
  reason: null,
  base,
});

/** A count of 1 to 7. */
export const smallCount = (): PublishedFigure => ({
  kind: 'count',
  value: null,
  suppressed: true,
  reason: 'SMALL_COUNT',
  base: null,
});

/** A rate or statistic over fewer than 8. */
export const smallBase = (kind: 'rate' | 'statistic'): PublishedFigure => ({
  kind,
  value: null,
  suppressed: true,
  reason: 'SMALL_BASE',
  base: null,
});

/** Hidden so another cell cannot be worked out by subtraction. */
export const secondary = (kind: PublishedFigure['kind'], base: number | null = null): PublishedFigure => ({
  kind,
  value: null,
  suppressed: true,
  reason: 'SECONDARY',
  base,
});

/** A statistic over no observations: nothing to hide, nothing to show. */
export const notAvailable = (): PublishedFigure => ({
  kind: 'statistic',
  value: null,
  suppressed: false,
  reason: null,
  base: 0,
});
