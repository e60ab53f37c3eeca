import { AssertionError, deepStrictEqual } from 'node:assert/strict';
import type { Decider, DomainEvent } from '../decider/decider';

/**
 * given(events).when(command).then(events) / .thenThrows(code) for a decider, with no database. Assertions come from
 * node:assert so services' decider specs read the same under any test runner.
 *
 *   const spec = DeciderSpecification.for(relationshipDecider);
 *   spec.given([requested]).when(accept).then([accepted]);
 */
export class DeciderSpecification<Command, Event extends DomainEvent, State> {
  private constructor(private readonly decider: Decider<Command, Event, State>) {}

  static for<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
  ): DeciderSpecification<Command, Event, State> {
    return new DeciderSpecification(decider);
  }

  given(events: readonly Event[]): { when(command: Command): DeciderOutcome<Event> } {
    const state = events.reduce((current, event) => this.decider.evolve(current, event), this.decider.initialState);
    return { when: (command) => new DeciderOutcome(() => this.decider.decide(command, state)) };
  }
}

export class DeciderOutcome<Event extends DomainEvent> {
  constructor(private readonly decide: () => Event[]) {}

  then(expected: readonly Event[]): void {
    let decided: Event[];
    try {
      decided = this.decide();
    } catch (error) {
      const code = String((error as { code?: unknown }).code);
      throw new AssertionError({ message: `Expected events, but the decider threw ${code}: ${String(error)}`, actual: error, expected });
    }
    deepStrictEqual(decided, expected);
  }

  thenNothingHappens(): void {
    this.then([]);
  }

  /** The decision must throw an error carrying `code` (a DomainError's stable code); `message` may also be checked. */
  thenThrows(code: string, message?: string | RegExp): void {
    let decided: Event[];
    try {
      decided = this.decide();
    } catch (error) {
      const actual = (error as { code?: unknown }).code;
      if (actual !== code) {
        throw new AssertionError({ message: `Expected error code ${code}, got ${String(actual)}: ${String(error)}`, actual, expected: code });
      }
      if (message !== undefined) assertMessage(error, message);
      return;
    }
    throw new AssertionError({ message: `Expected error code ${code}, but the decider decided events`, actual: decided, expected: code });
  }
}

function assertMessage(error: unknown, expected: string | RegExp): void {
  const actual = error instanceof Error ? error.message : String(error);
  const matches = typeof expected === 'string' ? actual === expected : expected.test(actual);
  if (!matches) throw new AssertionError({ message: `Unexpected error message: ${actual}`, actual, expected });
}
