import { dlqFor } from '@tapestry/contracts';
import { describeError } from '../errors/messaging-error';
import type { IncomingMessage } from '../transport';

/** A message as written to a topic, headers unchecked: a dead letter keeps whatever headers its original had. */
export interface RawMessage {
  topic: string;
  key: string;
  value: Uint8Array;
  headers: Record<string, string | undefined>;
}

/** Enough to act on, small enough for a header. */
const maxErrorLength = 4_000;

/** The original bytes and headers, plus why and where from, bound for `<topic>.dlq`. */
export function deadLetterFor(message: IncomingMessage, error: unknown, attempts: number): RawMessage {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  return {
    topic: dlqFor(message.topic),
    key: message.key,
    value: message.value,
    headers: {
      ...message.headers,
      'dlq-error': describeError(error).slice(0, maxErrorLength),
      ...(code ? { 'dlq-error-code': code } : {}),
      'dlq-attempts': String(attempts),
      'dlq-source-topic': message.topic,
      'dlq-source-partition': String(message.partition),
      'dlq-source-offset': message.offset,
    },
  };
}
