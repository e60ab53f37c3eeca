export type KafkaHarnessErrorCode =
  | 'KAFKA_START_FAILED'
  | 'KAFKA_STOP_FAILED'
  | 'KAFKA_TEST_ENV_MISSING'
  | 'KAFKA_TOPIC_EXISTS';

/** A failure of the test harness around the local broker, never of the code under test. */
export class KafkaHarnessError extends Error {
  override readonly name = 'KafkaHarnessError';

  constructor(
    readonly code: KafkaHarnessErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
