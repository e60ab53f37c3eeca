import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import type { MatchingFact } from './matching-facts';

/** What supervision records of each matching message it takes in: the fact, kept in its own event store. */
export type CaseloadFactEvent = { type: 'MatchingFactReceived'; data: { sourceEventId: string; fact: MatchingFact } };

export const caseloadStreamId = (coachId: string): string => `caseload-${coachId}`;

/**
 * The caseload facts, in the order supervision received them, from its own events: like every read model it can be
 * rebuilt from position 0 (`npm run rebuild:supervision -- supervision.caseload-facts`), giving the same caseloads.
 */
export const caseloadFactsProjection: ReadModelProjection = {
  name: 'supervision.caseload-facts',
  handles: ['MatchingFactReceived'],
  schema: `
    CREATE TABLE IF NOT EXISTS caseload_facts (
      position bigserial PRIMARY KEY, event_id text NOT NULL UNIQUE, coach_id uuid NOT NULL, fact jsonb NOT NULL);
    CREATE INDEX IF NOT EXISTS caseload_facts_by_coach ON caseload_facts (coach_id, position);`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const { data } = recorded as RecordedEvent<'MatchingFactReceived', CaseloadFactEvent['data']>;
    await client.query('INSERT INTO caseload_facts (event_id, coach_id, fact) VALUES ($1, $2, $3) ON CONFLICT (event_id) DO NOTHING', [
      data.sourceEventId,
      data.fact.coachId,
      JSON.stringify(data.fact),
    ]);
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE caseload_facts RESTART IDENTITY');
  },
};
