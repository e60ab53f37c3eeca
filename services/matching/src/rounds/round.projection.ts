import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';
import type { BoardEvent } from './board.decider';

/** Rounds with every proposal's score and reasons, and the lead's standing pins and exclusions per board. */
export const roundProjection: ReadModelProjection = {
  name: 'matching.rounds',
  handles: ['PairPinned', 'PairExcluded', 'PairReleased', 'MatchingRoundRun'],
  schema: `
    CREATE TABLE IF NOT EXISTS rounds (
      round_id uuid PRIMARY KEY, scope_kind text NOT NULL, scope_id uuid NOT NULL, programme text NOT NULL, ran_at timestamptz NOT NULL,
      ran_by uuid NOT NULL, record jsonb NOT NULL);
    CREATE INDEX IF NOT EXISTS rounds_by_scope ON rounds (scope_id, programme, ran_at DESC);
    CREATE TABLE IF NOT EXISTS round_proposals (
      round_id uuid NOT NULL, request_id uuid NOT NULL, coach_id uuid NOT NULL, score double precision NOT NULL, parts jsonb NOT NULL,
      reasons jsonb NOT NULL, pinned boolean NOT NULL, PRIMARY KEY (round_id, request_id));
    CREATE TABLE IF NOT EXISTS board_pairs (
      board_id text NOT NULL, request_id uuid NOT NULL, coach_id uuid NOT NULL, decision text NOT NULL CHECK (decision IN ('pin', 'exclude')),
      reason text NOT NULL, decided_by uuid NOT NULL, decided_at timestamptz NOT NULL, PRIMARY KEY (board_id, request_id, coach_id));`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as BoardEvent;
    const boardId = recorded.streamId;
    switch (event.type) {
      case 'PairPinned':
      case 'PairExcluded': {
        const d = event.data;
        if (event.type === 'PairPinned') await client.query("DELETE FROM board_pairs WHERE board_id = $1 AND request_id = $2 AND decision = 'pin'", [boardId, d.requestId]);
        await client.query(
          `INSERT INTO board_pairs (board_id, request_id, coach_id, decision, reason, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (board_id, request_id, coach_id) DO UPDATE SET decision = EXCLUDED.decision, reason = EXCLUDED.reason,
             decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at`,
          [boardId, d.requestId, d.coachId, event.type === 'PairPinned' ? 'pin' : 'exclude', d.reason, d.decidedBy, d.decidedAt],
        );
        return;
      }
      case 'PairReleased':
        await client.query('DELETE FROM board_pairs WHERE board_id = $1 AND request_id = $2 AND coach_id = $3', [boardId, event.data.requestId, event.data.coachId]);
        return;
      case 'MatchingRoundRun': {
        const r = event.data;
        await client.query(
          'INSERT INTO rounds (round_id, scope_kind, scope_id, programme, ran_at, ran_by, record) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING',
          [r.roundId, r.scopeKind, r.scopeId, r.programme, r.ranAt, r.ranBy, JSON.stringify(r)],
        );
        if (r.proposals.length === 0) return;
        await client.query(
          `INSERT INTO round_proposals (round_id, request_id, coach_id, score, parts, reasons, pinned)
           SELECT $1, p.request_id, p.coach_id, p.score, p.parts, p.reasons, p.pinned
           FROM jsonb_to_recordset($2::jsonb) AS p(request_id uuid, coach_id uuid, score double precision, parts jsonb, reasons jsonb, pinned boolean)
           ON CONFLICT DO NOTHING`,
          [
            r.roundId,
            JSON.stringify(r.proposals.map((p) => ({ request_id: p.requestId, coach_id: p.coachId, score: p.score, parts: p.parts, reasons: p.reasons, pinned: p.pinned }))),
          ],
        );
        return;
      }
      default:
        assertNever(event);
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE rounds, round_proposals, board_pairs');
  },
};
