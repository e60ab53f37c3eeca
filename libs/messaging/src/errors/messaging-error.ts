export type MessagingErrorCode =
  | 'PUBLISH_FAILED'
  | 'SUBSCRIBE_FAILED'
  | 'COMMIT_FAILED'
  | 'UNKNOWN_TOPIC'
  | 'INVALID_TOPIC'
  | 'TOPIC_SETUP_FAILED'
  | 'OFFSETS_UNAVAILABLE'
  | 'MISSING_EVENT_ID'
  | 'TRANSPORT_CLOSED'
  | 'STORE_UNAVAILABLE';

/**
 * A transport failure, whichever transport raised it. `retriable` says whether the same call may succeed later
 * (broker or database back); the original error stays in `cause`.
 */
export class MessagingError extends Error {
  constructor(
    readonly code: MessagingErrorCode,
    message: string,
    readonly retriable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MessagingError';
  }
}

/** False only for errors that say so (`retriable: false`): the same message would fail the same way again. */
export function isRetriable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('retriable' in error)) return true;
  return error.retriable !== false;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
