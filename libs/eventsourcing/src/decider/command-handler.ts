import type { EventStore } from '../store/event-store';
import type { EventMetadata, RecordedEvent } from '../store/event.types';
import { ConcurrencyError } from '../store/errors';
import type { Decider, DomainEvent } from './decider';
import { conflictBackoffMs } from './backoff';

export interface HandleCommandOptions {
  /**
   * Retry when another writer changed the stream between load and append. Only for commands whose decision may be
   * made again on the newer state without asking the person (most are); off by default so a caller opts in.
   */
  retryOnConflict?: boolean;
  /** Retries after the first attempt when `retryOnConflict` is on. */
  retries?: number;
  /** Injected for tests; defaults to a real timer. */
  sleep?: (ms: number) => Promise<void>;
}

export interface CommandResult<Event extends DomainEvent, State> {
  /** What the decider decided (empty when the command changed nothing; nothing was appended then). */
  events: Event[];
  nextExpectedVersion: number;
  state: State;
}

export interface StreamState<State> {
  state: State;
  version: number;
}

/** Folds a stream's stored events into the decider's state. */
export function foldStream<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  recorded: readonly RecordedEvent[],
): StreamState<State> {
  // The store is untyped; the stream id and type say which decider's events these are.
  const state = recorded.reduce((current, event) => decider.evolve(current, { type: event.type, data: event.data } as Event), decider.initialState);
  return { state, version: recorded.length === 0 ? 0 : recorded[recorded.length - 1].streamVersion };
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Load, decide, append with the loaded version as the expected one; retry a bounded number of times on conflict. */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  streamId: string,
  streamType: string,
  command: Command,
  metadata: EventMetadata,
  { retryOnConflict = false, retries = 3, sleep = defaultSleep }: HandleCommandOptions = {},
): Promise<CommandResult<Event, State>> {
  for (let attempt = 0; ; attempt++) {
    const loaded = foldStream(decider, await store.readStream(streamId));
    const events = decider.decide(command, loaded.state);
    if (events.length === 0) return { events, nextExpectedVersion: loaded.version, state: loaded.state };
    try {
      const { nextExpectedVersion } = await store.append(
        streamId,
        events.map(({ type, data }) => ({ type, data })),
        { streamType, expectedVersion: loaded.version === 0 ? 'no_stream' : loaded.version, metadata },
      );
      return { events, nextExpectedVersion, state: events.reduce((current, event) => decider.evolve(current, event), loaded.state) };
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || !retryOnConflict || attempt >= retries) throw error;
      await sleep(conflictBackoffMs(attempt + 1, Math.random));
    }
  }
}
