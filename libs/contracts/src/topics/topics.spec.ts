import { boundedContexts, dlqFor, topicFor } from './topics';

describe('topic names', () => {
  it('name a context topic tapestry.<context>.v1', () => {
    expect(topicFor('identity')).toBe('tapestry.identity.v1');
    expect(topicFor('matching')).toBe('tapestry.matching.v1');
  });

  it('name the dead-letter topic <topic>.dlq', () => {
    expect(dlqFor('tapestry.identity.v1')).toBe('tapestry.identity.v1.dlq');
  });

  it('give every context its own topic', () => {
    const topics = boundedContexts.map(topicFor);
    expect(new Set(topics).size).toBe(boundedContexts.length);
  });
});
