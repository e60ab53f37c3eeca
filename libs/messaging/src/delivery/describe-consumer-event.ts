import { describeError } from '../errors/messaging-error';
import type { ConsumerEvent } from '../transport';

/** A consumer event as one log line; null for what needs no line (a restart after a crash was already told). */
export function describeConsumerEvent(event: ConsumerEvent): string | null {
  switch (event.type) {
    case 'handler-failed':
      return `applying ${event.position.topic}/${event.position.offset} failed (attempt ${event.attempt}): ${describeError(event.error)}`;
    case 'dead-lettered':
      return `dead-lettered ${event.position.topic}/${event.position.offset} after ${event.attempts} attempt(s): ${describeError(event.error)}`;
    case 'dead-letter-failed':
      return `could not dead-letter ${event.position.topic}/${event.position.offset}: ${describeError(event.error)}`;
    case 'consumer-crashed':
      return `consumer crashed and will be restarted: ${describeError(event.error)}`;
    case 'consumer-restarted':
      return null;
  }
}
