import fc from 'fast-check';
import { checkpointOf, compareCheckpoints, formatCheckpoint, sameCheckpoint } from './checkpoint';

const checkpoint = fc.record({ transactionId: fc.bigInt({ min: 0n, max: 2n ** 63n }), globalPosition: fc.bigInt({ min: 0n, max: 2n ** 63n }) });

describe('checkpoints', () => {
  it('order by transaction id first, then by position', () => {
    expect(compareCheckpoints({ transactionId: 5n, globalPosition: 100n }, { transactionId: 6n, globalPosition: 1n })).toBeLessThan(0);
    expect(compareCheckpoints({ transactionId: 6n, globalPosition: 2n }, { transactionId: 6n, globalPosition: 1n })).toBeGreaterThan(0);
  });

  it('compare antisymmetrically, and equal exactly when same', () => {
    fc.assert(
      fc.property(checkpoint, checkpoint, (a, b) => {
        expect(Math.sign(compareCheckpoints(a, b))).toBe(-Math.sign(compareCheckpoints(b, a)));
        expect(sameCheckpoint(a, b)).toBe(a.transactionId === b.transactionId && a.globalPosition === b.globalPosition);
      }),
    );
  });

  it('are transitive, so sorting by them is well defined', () => {
    fc.assert(
      fc.property(checkpoint, checkpoint, checkpoint, (a, b, c) => {
        if (compareCheckpoints(a, b) <= 0 && compareCheckpoints(b, c) <= 0) expect(compareCheckpoints(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('continue after an event from its transaction id and position', () => {
    expect(checkpointOf({ transactionId: 7n, globalPosition: 70n })).toEqual({ transactionId: 7n, globalPosition: 70n });
    expect(formatCheckpoint({ transactionId: 7n, globalPosition: 70n })).toBe('7/70');
  });
});
