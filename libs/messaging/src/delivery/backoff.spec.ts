import fc from 'fast-check';
import { backoffDelay, sleep } from './backoff';

describe('backoffDelay', () => {
  it('stays between half the exponential ceiling and the ceiling, never above the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 60_000 }), (attempt, initialMs, maxMs) => {
        const ceiling = Math.min(maxMs, initialMs * 2 ** (attempt - 1));
        const delay = backoffDelay(attempt, { initialMs, maxMs });
        expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(delay).toBeLessThanOrEqual(Math.ceil(ceiling));
      }),
    );
  });
});

describe('sleep', () => {
  it('returns at once when aborted', async () => {
    const abort = new AbortController();
    const sleeping = sleep(60_000, abort.signal);
    abort.abort();
    await expect(sleeping).resolves.toBeUndefined();
  });
});
