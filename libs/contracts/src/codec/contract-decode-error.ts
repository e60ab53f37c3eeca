/**
 * Bytes that are not the message the topic's schema promises. Never worth retrying: the same bytes fail the same way,
 * so consumers dead-letter them at once (`retriable: false`).
 */
export class ContractDecodeError extends Error {
  readonly code = 'UNDECODABLE_MESSAGE';
  readonly retriable = false;

  constructor(
    readonly typeName: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(
      `The message is not a valid ${typeName}: ${reason}. Check that its producer publishes the message proto/ defines for this topic.`,
      options,
    );
    this.name = 'ContractDecodeError';
  }
}
