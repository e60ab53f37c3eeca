import { MessagingError } from '../errors/messaging-error';
import { topicsToEnsure } from './topic-names';

describe('topicsToEnsure', () => {
  it('adds each topic its dead-letter topic, once', () => {
    expect(topicsToEnsure(['a.v1', 'b.v1', 'a.v1'])).toEqual(['a.v1', 'a.v1.dlq', 'b.v1', 'b.v1.dlq']);
  });

  it('leaves dead-letter topics out when asked', () => {
    expect(topicsToEnsure(['a.v1'], { withDeadLetterTopics: false })).toEqual(['a.v1']);
  });

  it.each(['', 'has space', 'slash/topic', '..', 'x'.repeat(250)])('rejects the invalid name %p with INVALID_TOPIC', (topic) => {
    expect(() => topicsToEnsure([topic], { withDeadLetterTopics: false })).toThrow(
      expect.objectContaining({ code: 'INVALID_TOPIC', retriable: false }) as MessagingError,
    );
  });
});
