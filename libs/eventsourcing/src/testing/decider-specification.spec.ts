import { AssertionError } from 'node:assert/strict';
import { counterDecider } from '../test-support/counter.decider';
import { DeciderSpecification } from './decider-specification';

const spec = DeciderSpecification.for(counterDecider);
const incremented = (by: number) => ({ type: 'Incremented' as const, data: { by } });

describe('DeciderSpecification', () => {
  describe('then', () => {
    it('passes when the decided events equal the expected ones', () => {
      spec.given([incremented(2)]).when({ type: 'Increment', by: 3, limit: 10 }).then([incremented(3)]);
    });

    it('fails with a diff when they differ', () => {
      expect(() => spec.given([]).when({ type: 'Increment', by: 3, limit: 10 }).then([incremented(4)])).toThrow(AssertionError);
    });

    it('fails when the decider throws instead', () => {
      expect(() => spec.given([incremented(9)]).when({ type: 'Increment', by: 3, limit: 10 }).then([])).toThrow(
        /Expected events, but the decider threw CAPACITY_REACHED/,
      );
    });
  });

  describe('thenNothingHappens', () => {
    it('passes when no event is decided and fails otherwise', () => {
      spec.given([]).when({ type: 'Reset' }).thenNothingHappens();
      expect(() => spec.given([incremented(1)]).when({ type: 'Reset' }).thenNothingHappens()).toThrow(AssertionError);
    });
  });

  describe('thenThrows', () => {
    it('passes on the expected code and message', () => {
      spec.given([incremented(9)]).when({ type: 'Increment', by: 3, limit: 10 }).thenThrows('CAPACITY_REACHED', /passes 10/);
    });

    it('fails on another code', () => {
      expect(() => spec.given([incremented(9)]).when({ type: 'Increment', by: 3, limit: 10 }).thenThrows('NOT_FOUND')).toThrow(
        /Expected error code NOT_FOUND, got CAPACITY_REACHED/,
      );
    });

    it('fails on another message', () => {
      expect(() =>
        spec.given([incremented(9)]).when({ type: 'Increment', by: 3, limit: 10 }).thenThrows('CAPACITY_REACHED', 'something else'),
      ).toThrow(/Unexpected error message/);
    });

    it('fails when events are decided instead', () => {
      expect(() => spec.given([]).when({ type: 'Increment', by: 1, limit: 10 }).thenThrows('CAPACITY_REACHED')).toThrow(
        /but the decider decided events/,
      );
    });
  });
});
