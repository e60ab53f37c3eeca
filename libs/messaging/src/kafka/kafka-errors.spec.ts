import { KafkaJSConnectionError, KafkaJSNonRetriableError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError } from 'kafkajs';
import { MessagingError } from '../errors/messaging-error';
import { isKafkaErrorRetriable, kafkaError } from './kafka-errors';

describe('kafka errors', () => {
  it('count running out of retries on a broker outage as retriable later', () => {
    const outage = new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('Connection error: connect ECONNREFUSED'), {
      retryCount: 5,
      retryTime: 1000,
    });

    expect(outage.retriable).toBe(false);
    expect(isKafkaErrorRetriable(outage)).toBe(true);
  });

  it('count a non-retriable protocol error as not retriable', () => {
    const invalidTopic = new KafkaJSNonRetriableError(
      new KafkaJSProtocolError(Object.assign(new Error('invalid topic'), { type: 'INVALID_TOPIC_EXCEPTION', code: 17, retriable: false })),
    );

    expect(isKafkaErrorRetriable(invalidTopic)).toBe(false);
  });

  it('wrap the kafkajs error with our code and keep it as the cause', () => {
    const cause = new KafkaJSConnectionError('Connection error');

    const wrapped = kafkaError('PUBLISH_FAILED', 'Publishing 3 message(s) to Kafka', cause);

    expect(wrapped).toBeInstanceOf(MessagingError);
    expect(wrapped).toMatchObject({ code: 'PUBLISH_FAILED', retriable: true, cause });
    expect(wrapped.message).toMatch(/^Publishing 3 message\(s\) to Kafka failed: KafkaJSConnectionError: Connection error/);
  });
});
