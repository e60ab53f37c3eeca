import { EventEmitter } from 'node:events';
import type { Consumer } from 'kafkajs';
import { ConsumerWatchdog } from './consumer-watchdog';

/** Just the instrumentation events the watchdog listens to. */
function fakeConsumer(): { consumer: Consumer; emitter: EventEmitter } {
  const emitter = new EventEmitter();
  const events = { FETCH_START: 'consumer.fetch_start', HEARTBEAT: 'consumer.heartbeat' };
  const consumer = { events, on: (name: string, listener: () => void) => emitter.on(name, listener) } as unknown as Consumer;
  return { consumer, emitter };
}

describe('ConsumerWatchdog', () => {
  let watchdog: ConsumerWatchdog | undefined;

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    watchdog?.dispose();
    jest.useRealTimers();
  });

  it('reports a consumer that stopped fetching', () => {
    const { consumer } = fakeConsumer();
    const onStall = jest.fn();
    watchdog = new ConsumerWatchdog(consumer, 10_000, () => false, onStall);

    jest.advanceTimersByTime(12_500);

    expect(onStall).toHaveBeenCalled();
  });

  it('leaves a consumer that keeps fetching alone', () => {
    const { consumer, emitter } = fakeConsumer();
    const onStall = jest.fn();
    watchdog = new ConsumerWatchdog(consumer, 10_000, () => false, onStall);

    for (let second = 0; second < 60; second += 1) {
      jest.advanceTimersByTime(1_000);
      emitter.emit(second % 2 === 0 ? 'consumer.fetch_start' : 'consumer.heartbeat');
    }

    expect(onStall).not.toHaveBeenCalled();
  });

  it('does not count a long-running handler as a stall', () => {
    const { consumer } = fakeConsumer();
    const onStall = jest.fn();
    let busy = true;
    watchdog = new ConsumerWatchdog(consumer, 10_000, () => busy, onStall);

    jest.advanceTimersByTime(60_000);
    busy = false;
    jest.advanceTimersByTime(5_000);

    expect(onStall).not.toHaveBeenCalled();
  });
});
