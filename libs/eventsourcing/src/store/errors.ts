export class ConcurrencyError extends Error {
  readonly code = 'CONFLICT';
  constructor(
    readonly streamId: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`Stream ${streamId} was changed by someone else (expected version ${expected}, found ${actual}). Reload and try again.`);
    this.name = 'ConcurrencyError';
  }
}

/** An event id that is already stored, and the append was not a retry of the append that stored it. */
export class DuplicateEventError extends Error {
  readonly code = 'DUPLICATE_EVENT';
  constructor(
    readonly streamId: string,
    readonly eventIds: readonly string[],
  ) {
    super(
      `Event id(s) ${eventIds.join(', ')} already exist, but not as this exact append to stream ${streamId}. ` +
        'Give each new event a fresh id; reuse an id only to retry the very same append.',
    );
    this.name = 'DuplicateEventError';
  }
}

/** An append the store refuses before touching the database. */
export class InvalidAppendError extends Error {
  readonly code = 'INVALID_APPEND';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAppendError';
  }
}
