export type DisclosureErrorCode =
  /** A figure that cannot be exact: negative, fractional, or a numerator above its base. */
  | 'INVALID_FIGURE'
  /** Rows that disagree with the table: wrong key length, a repeated key, or figures missing or of another kind. */
  | 'INVALID_TABLE'
  /** More grouping dimensions than the differencing guard can reason about (two). */
  | 'UNSUPPORTED_DIMENSIONS';

/**
 * Input that disclosure control refuses to publish. It is a bug in the query that built the table, never a
 * user's mistake, so nothing is published rather than a figure whose protection could not be worked out.
 */
export class DisclosureError extends Error {
  constructor(
    readonly code: DisclosureErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DisclosureError';
  }
}
