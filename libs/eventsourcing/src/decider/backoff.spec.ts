import fc from 'fast-check';
import { conflictBackoffMs } from './backoff';

describe('conflictBackoffMs', () => {
  it('stays between half and all of a ceiling that doubles per attempt up to the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, random) => {
        const ceiling = Math.min(200, 10 * 2 ** (attempt - 1));
        const delay = conflictBackoffMs(attempt, () => random);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(delay).toBeLessThanOrEqual(ceiling);
      }),
    );
  });

  it('spreads writers that collided at the same attempt', () => {
    expect(conflictBackoffMs(3, () => 0)).toBe(20);
    expect(conflictBackoffMs(3, () => 0.99)).toBe(40);
  });
});
