import { MessagingError } from '../errors/messaging-error';
import type { ConsumerEvent, IncomingMessage } from '../transport';
import type { RawMessage } from './dead-letter';
import { deliver } from './deliver';
import type { DeliveryOptions } from './deliver';

const message: IncomingMessage = {
  topic: 'tapestry.identity.v1',
  partition: 2,
  offset: '41',
  key: 'person-1',
  value: Buffer.from([1, 2, 3]),
  headers: { 'event-id': 'e-1', 'event-type': 'PersonRegistered' },
};

function setup(overrides: Partial<DeliveryOptions> = {}) {
  const events: ConsumerEvent[] = [];
  const deadLetters: RawMessage[] = [];
  const abort = new AbortController();
  const options: DeliveryOptions = {
    handler: () => Promise.resolve(),
    maxAttempts: 3,
    retryBackoff: { initialMs: 1, maxMs: 2 },
    writeDeadLetter: (deadLetter) => {
      deadLetters.push(deadLetter);
      return Promise.resolve();
    },
    isRunning: () => !abort.signal.aborted,
    signal: abort.signal,
    emit: (event) => events.push(event),
    ...overrides,
  };
  return { events, deadLetters, abort, options };
}

function failing(times: number, error: () => Error = () => new Error('database unavailable')) {
  let calls = 0;
  const handler = (): Promise<void> => {
    calls += 1;
    return calls <= times ? Promise.reject(error()) : Promise.resolve();
  };
  return { handler, calls: () => calls };
}

describe('deliver', () => {
  it('handles a message the handler accepts, once', async () => {
    const handler = failing(0);
    const { options, deadLetters } = setup({ handler: handler.handler });

    await expect(deliver(message, options)).resolves.toBe('handled');
    expect(handler.calls()).toBe(1);
    expect(deadLetters).toEqual([]);
  });

  it('retries a failing handler and succeeds within the attempts', async () => {
    const handler = failing(2);
    const { options, events, deadLetters } = setup({ handler: handler.handler });

    await expect(deliver(message, options)).resolves.toBe('handled');
    expect(handler.calls()).toBe(3);
    expect(events.map((event) => event.type)).toEqual(['handler-failed', 'handler-failed']);
    expect(deadLetters).toEqual([]);
  });

  it('dead-letters after the last attempt, with the error, attempts and source', async () => {
    const handler = failing(99);
    const { options, deadLetters, events } = setup({ handler: handler.handler });

    await expect(deliver(message, options)).resolves.toBe('dead-lettered');
    expect(handler.calls()).toBe(3);
    expect(deadLetters).toEqual([
      {
        topic: 'tapestry.identity.v1.dlq',
        key: 'person-1',
        value: message.value,
        headers: {
          'event-id': 'e-1',
          'event-type': 'PersonRegistered',
          'dlq-error': 'Error: database unavailable',
          'dlq-attempts': '3',
          'dlq-source-topic': 'tapestry.identity.v1',
          'dlq-source-partition': '2',
          'dlq-source-offset': '41',
        },
      },
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'dead-lettered', attempts: 3, position: { offset: '41' } });
  });

  it('dead-letters an error that says it is not retriable at the first attempt, with its code', async () => {
    const handler = failing(99, () => new MessagingError('MISSING_EVENT_ID', 'no event id', false));
    const { options, deadLetters } = setup({ handler: handler.handler });

    await expect(deliver(message, options)).resolves.toBe('dead-lettered');
    expect(handler.calls()).toBe(1);
    expect(deadLetters[0].headers).toMatchObject({ 'dlq-attempts': '1', 'dlq-error-code': 'MISSING_EVENT_ID' });
  });

  it('keeps retrying the dead-letter write until it succeeds', async () => {
    let writes = 0;
    const { options, events } = setup({
      handler: failing(99).handler,
      writeDeadLetter: () => (++writes < 3 ? Promise.reject(new Error('topic missing')) : Promise.resolve()),
    });

    await expect(deliver(message, options)).resolves.toBe('dead-lettered');
    expect(events.filter((event) => event.type === 'dead-letter-failed')).toHaveLength(2);
  });

  it('gives up without committing when stopped while the dead-letter write fails', async () => {
    const { options, abort, events } = setup({ handler: failing(99).handler });
    options.writeDeadLetter = () => {
      abort.abort();
      return Promise.reject(new Error('topic missing'));
    };

    await expect(deliver(message, options)).resolves.toBe('stopped');
    expect(events.at(-1)?.type).toBe('dead-letter-failed');
  });

  it('stops retrying a failing handler once the consumer stops', async () => {
    const { options, abort } = setup();
    let calls = 0;
    options.handler = () => {
      calls += 1;
      abort.abort();
      return Promise.reject(new Error('shutting down'));
    };

    await expect(deliver(message, options)).resolves.toBe('stopped');
    expect(calls).toBe(1);
  });

  it('keeps the consumer alive between attempts', async () => {
    let keepAlives = 0;
    const { options } = setup({
      handler: failing(2).handler,
      keepAlive: () => {
        keepAlives += 1;
        return Promise.resolve();
      },
    });

    await deliver(message, options);

    expect(keepAlives).toBe(2);
  });
});
