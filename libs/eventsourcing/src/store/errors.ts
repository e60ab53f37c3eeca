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
