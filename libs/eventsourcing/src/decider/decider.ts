/** An event as a decider sees it: routed by its `type` string, never by class. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/**
 * A pure aggregate: `decide` throws a typed DomainError when a rule is broken, `evolve` folds events into
 * state. Time and outside facts arrive inside the command, never read here.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState: State;
}
