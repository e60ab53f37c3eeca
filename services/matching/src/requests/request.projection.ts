import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';
import type { RequestEvent } from './request.decider';

/** Requests with their goals and preferences; goals are only ever returned to the requester and, once matched, their coach. */
export const requestProjection: ReadModelProjection = {
  name: 'matching.requests',
  handles: ['SupportRequested', 'RequestWithdrawn', 'RequestMatched', 'RequestReopened', 'RequestFulfilled'],
  schema: `
    CREATE TABLE IF NOT EXISTS requests (
      request_id uuid PRIMARY KEY, requester_id uuid NOT NULL, organisation_id uuid NOT NULL, programme text NOT NULL, kind text NOT NULL,
      goals text NOT NULL, topics jsonb NOT NULL, preferences jsonb NOT NULL, requested_at timestamptz NOT NULL,
      status text NOT NULL, relationship_id uuid, coach_id uuid, declined_coach_ids jsonb NOT NULL DEFAULT '[]', updated_at timestamptz NOT NULL);
    CREATE INDEX IF NOT EXISTS requests_open ON requests (organisation_id, programme) WHERE status = 'open';
    CREATE INDEX IF NOT EXISTS requests_by_requester ON requests (requester_id);`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as RequestEvent;
    const at = recorded.recordedAt;
    switch (event.type) {
      case 'SupportRequested': {
        const d = event.data;
        await client.query(
          `INSERT INTO requests (request_id, requester_id, organisation_id, programme, kind, goals, topics, preferences, requested_at, status, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10) ON CONFLICT DO NOTHING`,
          [d.requestId, d.requesterId, d.organisationId, d.programme, d.kind, d.goals, JSON.stringify(d.topics), JSON.stringify(d.preferences), d.requestedAt, at],
        );
        return;
      }
      case 'RequestWithdrawn':
        await client.query("UPDATE requests SET status = 'withdrawn', updated_at = $2 WHERE request_id = $1", [event.data.requestId, at]);
        return;
      case 'RequestMatched':
        await client.query("UPDATE requests SET status = 'matched', relationship_id = $2, coach_id = $3, updated_at = $4 WHERE request_id = $1", [
          event.data.requestId,
          event.data.relationshipId,
          event.data.coachId,
          at,
        ]);
        return;
      case 'RequestReopened':
        await client.query(
          `UPDATE requests SET status = 'open', relationship_id = NULL, coach_id = NULL, updated_at = $3,
             declined_coach_ids = declined_coach_ids || jsonb_build_array($2::text) WHERE request_id = $1`,
          [event.data.requestId, event.data.declinedCoachId, at],
        );
        return;
      case 'RequestFulfilled':
        await client.query("UPDATE requests SET status = 'fulfilled', updated_at = $2 WHERE request_id = $1", [event.data.requestId, at]);
        return;
      default:
        assertNever(event);
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE requests');
  },
};
