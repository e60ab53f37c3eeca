import { describeError, MessagingError } from '../errors/messaging-error';
import type { MessagingErrorCode } from '../errors/messaging-error';

function causeOf(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return undefined;
  const { cause, originalError } = error as { cause?: unknown; originalError?: unknown };
  return cause ?? originalError;
}

/**
 * kafkajs marks KafkaJSNumberOfRetriesExceeded as not retriable even when what it ran out of retries on was a broker
 * outage; the innermost error says whether trying again later can work (see tulios/kafkajs#1274).
 */
export function isKafkaErrorRetriable(error: unknown): boolean {
  let innermost = error;
  for (let cause = causeOf(error); cause !== undefined; cause = causeOf(cause)) innermost = cause;
  if (typeof innermost !== 'object' || innermost === null) return true;
  return (innermost as { retriable?: unknown }).retriable !== false;
}

/** Wraps a kafkajs error in ours: a stable code, what we were doing, whether to retry, and the original as cause. */
export function kafkaError(code: MessagingErrorCode, doing: string, error: unknown): MessagingError {
  return new MessagingError(code, `${doing} failed: ${describeError(error)}`, isKafkaErrorRetriable(error), {
    cause: error,
  });
}
