import { dlqFor } from '@tapestry/contracts';
import { MessagingError } from '../errors/messaging-error';
import type { EnsureTopicsOptions } from '../transport';

/** Kafka's own rule for topic names; the embedded log keeps to it so a name valid in one is valid in both. */
const legalTopicName = /^[a-zA-Z0-9._-]{1,249}$/;

export function assertTopicName(topic: string): void {
  if (!legalTopicName.test(topic) || topic === '.' || topic === '..') {
    throw new MessagingError(
      'INVALID_TOPIC',
      `"${topic}" is not a valid topic name: use 1-249 letters, digits, '.', '_' or '-'.`,
      false,
    );
  }
}

/** The topics to create: each named one and, unless told otherwise, its dead-letter topic. */
export function topicsToEnsure(topics: readonly string[], options: EnsureTopicsOptions = {}): string[] {
  const withDeadLetters = options.withDeadLetterTopics ?? true;
  const names = new Set<string>();
  for (const topic of topics) {
    names.add(topic);
    if (withDeadLetters) names.add(dlqFor(topic));
  }
  for (const name of names) assertTopicName(name);
  return [...names];
}
