import { ConcurrencyError } from '../store/errors';
import { counterDecider } from '../test-support/counter.decider';
import { ScriptedEventStore } from '../test-support/scripted-event-store';
import { foldStream, handleCommand } from './command-handler';

const metadata = { correlationId: 'c-1' };
const increment = { type: 'Increment', by: 2, limit: 100 } as const;
const noSleep = (): Promise<void> => Promise.resolve();

describe('handleCommand', () => {
  let store: ScriptedEventStore;
  beforeEach(() => {
    store = new ScriptedEventStore();
  });

  /** The next `count` appends each lose a race to another writer that appends to the same stream first. */
  const competingWriters = (count: number): void => {
    let left = count;
    store.beforeAppend = (streamId) => {
      if (left === 0) return;
      left--;
      const hook = store.beforeAppend;
      store.beforeAppend = () => undefined;
      void store.append(streamId, [{ type: 'Incremented', data: { by: 1 } }], { streamType: 'counter', expectedVersion: 'any', metadata });
      store.beforeAppend = hook;
    };
  };

  it('appends what the decider decides, expecting no stream the first time, and returns the new state', async () => {
    const result = await handleCommand(store, counterDecider, 'c', 'counter', increment, metadata);
    expect(result).toEqual({ events: [{ type: 'Incremented', data: { by: 2 } }], nextExpectedVersion: 1, state: { status: 'counting', total: 2 } });
    expect(store.events.map((event) => [event.streamVersion, event.streamType, event.metadata])).toEqual([[1, 'counter', metadata]]);
  });

  it('appends nothing when the decider decides nothing', async () => {
    const result = await handleCommand(store, counterDecider, 'c', 'counter', { type: 'Reset' }, metadata);
    expect(result).toEqual({ events: [], nextExpectedVersion: 0, state: { status: 'empty' } });
    expect(store.events).toHaveLength(0);
  });

  it('lets a domain error through and appends nothing', async () => {
    await expect(handleCommand(store, counterDecider, 'c', 'counter', { type: 'Increment', by: 5, limit: 1 }, metadata)).rejects.toMatchObject({
      code: 'CAPACITY_REACHED',
    });
    expect(store.events).toHaveLength(0);
  });

  it('does not retry a conflict unless the caller allows it', async () => {
    competingWriters(1);
    await expect(handleCommand(store, counterDecider, 'c', 'counter', increment, metadata)).rejects.toBeInstanceOf(ConcurrencyError);
  });

  it('retries a conflict on the newer state when allowed', async () => {
    competingWriters(2);
    const result = await handleCommand(store, counterDecider, 'c', 'counter', increment, metadata, { retryOnConflict: true, sleep: noSleep });
    expect(result.nextExpectedVersion).toBe(3);
    expect(result.state).toEqual({ status: 'counting', total: 4 });
  });

  it('gives up after the allowed retries', async () => {
    competingWriters(3);
    const sleeps: number[] = [];
    const sleep = (ms: number): Promise<void> => {
      sleeps.push(ms);
      return Promise.resolve();
    };
    await expect(
      handleCommand(store, counterDecider, 'c', 'counter', increment, metadata, { retryOnConflict: true, retries: 2, sleep }),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    expect(sleeps).toHaveLength(2);
  });
});

describe('foldStream', () => {
  it('folds from the initial state and reports the last version', async () => {
    const store = new ScriptedEventStore();
    await store.append('c', [{ type: 'Incremented', data: { by: 3 } }, { type: 'Incremented', data: { by: 4 } }], {
      streamType: 'counter',
      expectedVersion: 'no_stream',
      metadata,
    });
    expect(foldStream(counterDecider, await store.readStream('c'))).toEqual({ state: { status: 'counting', total: 7 }, version: 2 });
    expect(foldStream(counterDecider, [])).toEqual({ state: { status: 'empty' }, version: 0 });
  });
});
