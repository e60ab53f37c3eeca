import { isRetriable } from '../errors/messaging-error';
import type { ConsumerEvent, IncomingMessage, MessageHandler, MessagePosition } from '../transport';
import { backoffDelay, sleep } from './backoff';
import type { BackoffOptions } from './backoff';
import { deadLetterFor } from './dead-letter';
import type { RawMessage } from './dead-letter';

export interface DeliveryOptions {
  handler: MessageHandler;
  maxAttempts: number;
  retryBackoff: BackoffOptions;
  writeDeadLetter: (deadLetter: RawMessage) => Promise<void>;
  /** False once the consumer is stopping or lost the partition: the message is left uncommitted. */
  isRunning: () => boolean;
  /** Aborts backoff waits when the consumer stops. */
  signal: AbortSignal;
  emit: (event: ConsumerEvent) => void;
  /** Called while waiting between attempts, so a long retry does not cost the consumer its partitions. */
  keepAlive?: () => Promise<void>;
}

/** `handled` and `dead-lettered` mean "commit the offset"; `stopped` means "leave it for the next consumer". */
export type DeliveryOutcome = 'handled' | 'dead-lettered' | 'stopped';

/**
 * Runs the handler with bounded retries; when they run out (or the error says it is not retriable) writes the dead
 * letter, retrying that write for as long as the consumer runs: a message is never skipped without a trace.
 */
export async function deliver(message: IncomingMessage, options: DeliveryOptions): Promise<DeliveryOutcome> {
  const position: MessagePosition = { topic: message.topic, partition: message.partition, offset: message.offset };
  let failure: unknown;
  let attempts = 0;
  while (attempts < options.maxAttempts) {
    if (!options.isRunning()) return 'stopped';
    attempts += 1;
    try {
      await options.handler(message);
      return 'handled';
    } catch (error) {
      failure = error;
      options.emit({ type: 'handler-failed', position, attempt: attempts, error });
      if (!isRetriable(error)) break;
      if (attempts < options.maxAttempts) await pause(attempts, options);
    }
  }
  const deadLetter = deadLetterFor(message, failure, attempts);
  for (let writeAttempt = 1; options.isRunning(); writeAttempt += 1) {
    try {
      await options.writeDeadLetter(deadLetter);
      options.emit({ type: 'dead-lettered', position, attempts, error: failure });
      return 'dead-lettered';
    } catch (error) {
      options.emit({ type: 'dead-letter-failed', position, error });
      await pause(writeAttempt, options);
    }
  }
  return 'stopped';
}

async function pause(attempt: number, options: DeliveryOptions): Promise<void> {
  await options.keepAlive?.();
  await sleep(backoffDelay(attempt, options.retryBackoff), options.signal);
}
