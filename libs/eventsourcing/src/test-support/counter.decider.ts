import type { Decider } from '../decider/decider';
import { DomainError } from '../decider/domain-error';

/** A deliberately tiny decider the library's own specs exercise the runtime with. */
export type CounterCommand = { type: 'Increment'; by: number; limit: number } | { type: 'Reset' };
export type CounterEvent = { type: 'Incremented'; data: { by: number } } | { type: 'WasReset'; data: Record<string, never> };
export type CounterState = { status: 'empty' } | { status: 'counting'; total: number };

export const counterDecider: Decider<CounterCommand, CounterEvent, CounterState> = {
  initialState: { status: 'empty' },
  decide(command, state) {
    const total = state.status === 'counting' ? state.total : 0;
    switch (command.type) {
      case 'Increment':
        if (total + command.by > command.limit) {
          throw new DomainError('CAPACITY_REACHED', `The counter is at ${total}; adding ${command.by} passes ${command.limit}.`);
        }
        return [{ type: 'Incremented', data: { by: command.by } }];
      case 'Reset':
        return total === 0 ? [] : [{ type: 'WasReset', data: {} }];
      default: {
        const unknown: never = command;
        throw new DomainError('BAD_USER_INPUT', `Unknown command ${JSON.stringify(unknown)}`);
      }
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'Incremented':
        return { status: 'counting', total: (state.status === 'counting' ? state.total : 0) + event.data.by };
      case 'WasReset':
        return { status: 'empty' };
      default: {
        const unknown: never = event;
        return unknown;
      }
    }
  },
};
