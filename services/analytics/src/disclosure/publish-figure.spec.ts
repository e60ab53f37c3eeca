import { DisclosureError } from './disclosure-error';
import type { RawFigure } from './figures';
import { publishFigure } from './publish-figure';

describe('publishFigure', () => {
  describe('counts', () => {
    it('shows 0 as 0', () => {
      expect(publishFigure({ kind: 'count', value: 0 })).toEqual({ kind: 'count', value: 0, suppressed: false, reason: null, base: null });
    });

    it.each([1, 2, 3, 4, 5, 6, 7])('withholds %i as a small count', (value) => {
      expect(publishFigure({ kind: 'count', value })).toEqual({ kind: 'count', value: null, suppressed: true, reason: 'SMALL_COUNT', base: null });
    });

    it.each([
      [8, 10],
      [9, 10],
      [10, 10],
      [12, 10],
      [13, 15],
      [17, 15],
      [18, 20],
      [22, 20],
      [23, 25],
      [1003, 1005],
    ])('rounds %i to the nearest 5: %i', (value, shown) => {
      expect(publishFigure({ kind: 'count', value })).toEqual({ kind: 'count', value: shown, suppressed: false, reason: null, base: null });
    });
  });

  describe('rates', () => {
    it('withholds a rate over fewer than 8, and its base as a small count', () => {
      expect(publishFigure({ kind: 'rate', numerator: 7, base: 7 })).toEqual({ kind: 'rate', value: null, suppressed: true, reason: 'SMALL_BASE', base: null });
    });

    it('withholds a rate over nobody but shows its base of 0', () => {
      expect(publishFigure({ kind: 'rate', numerator: 0, base: 0 })).toEqual({ kind: 'rate', value: null, suppressed: true, reason: 'SMALL_BASE', base: 0 });
    });

    it.each([
      [1, 8, 13, 10],
      [3, 20, 15, 20],
      [6, 9, 67, 10],
      [1, 200, 1, 200],
      [0, 50, 0, 50],
      [13, 13, 100, 15],
    ])('shows %i out of %i as %i%% of a base shown as %i', (numerator, base, percent, shownBase) => {
      expect(publishFigure({ kind: 'rate', numerator, base })).toEqual({ kind: 'rate', value: percent, suppressed: false, reason: null, base: shownBase });
    });
  });

  describe('statistics', () => {
    it('withholds a statistic over fewer than 8 observations', () => {
      expect(publishFigure({ kind: 'statistic', value: 4.5, base: 7 })).toEqual({ kind: 'statistic', value: null, suppressed: true, reason: 'SMALL_BASE', base: null });
    });

    it.each([
      [3.14159, 12, 3.1, 10],
      [2.25, 8, 2.3, 10],
      [40, 23, 40, 25],
    ])('shows %d over %i observations as %d, base %i', (value, base, shown, shownBase) => {
      expect(publishFigure({ kind: 'statistic', value, base })).toEqual({ kind: 'statistic', value: shown, suppressed: false, reason: null, base: shownBase });
    });

    it('shows a tiny negative as 0, not -0', () => {
      expect(Object.is(publishFigure({ kind: 'statistic', value: -0.04, base: 10 }).value, 0)).toBe(true);
    });

    it('keeps a missing value missing without calling it suppressed', () => {
      expect(publishFigure({ kind: 'statistic', value: null, base: 20 })).toEqual({ kind: 'statistic', value: null, suppressed: false, reason: null, base: 20 });
    });
  });

  it.each<[string, RawFigure]>([
    ['a negative count', { kind: 'count', value: -1 }],
    ['a fractional count', { kind: 'count', value: 2.5 }],
    ['a numerator above its base', { kind: 'rate', numerator: 9, base: 8 }],
    ['a fractional base', { kind: 'statistic', value: 1, base: 8.5 }],
    ['a statistic that is not a number', { kind: 'statistic', value: Number.NaN, base: 10 }],
  ])('refuses %s', (_, figure) => {
    expect(() => publishFigure(figure)).toThrow(expect.objectContaining({ code: 'INVALID_FIGURE' }) as DisclosureError);
  });
});
