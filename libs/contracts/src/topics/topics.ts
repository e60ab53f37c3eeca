/** The bounded contexts that publish integration events, one Kafka topic each. */
export const boundedContexts = ['identity', 'training', 'matching', 'supervision', 'analytics'] as const;
export type BoundedContext = (typeof boundedContexts)[number];

/** The topic a context publishes its public events to, e.g. `tapestry.identity.v1`. */
export function topicFor(context: BoundedContext): string {
  return `tapestry.${context}.v1`;
}

/** Where messages that could not be decoded or handled go, with the error: `<topic>.dlq`. */
export function dlqFor(topic: string): string {
  return `${topic}.dlq`;
}
