import type { Queryable } from '@tapestry/eventsourcing';
import type { ProgrammeType } from '../common/graphql-enums';
import type { RoundRecord } from './board.decider';
import type { MatchingRound } from './round.graphql-types';

/** A round record with people's names, for the lead who ran it. */
export async function roundView(db: Queryable, round: RoundRecord): Promise<MatchingRound> {
  const requestIds = [...round.proposals.map((p) => p.requestId), ...round.unmatched.map((u) => u.requestId)];
  const { rows: requesters } = await db.query<{ request_id: string; display_name: string }>(
    'SELECT r.request_id, p.display_name FROM requests r JOIN people p ON p.person_id = r.requester_id WHERE r.request_id = ANY($1::uuid[])',
    [requestIds],
  );
  const { rows: coaches } = await db.query<{ person_id: string; display_name: string }>('SELECT person_id, display_name FROM people WHERE person_id = ANY($1::uuid[])', [
    round.proposals.map((p) => p.coachId),
  ]);
  const requesterName = new Map(requesters.map((row) => [row.request_id, row.display_name]));
  const coachName = new Map(coaches.map((row) => [row.person_id, row.display_name]));
  return {
    id: round.roundId,
    scopeKind: round.scopeKind,
    scopeId: round.scopeId,
    programme: round.programme as ProgrammeType,
    ranAt: new Date(round.ranAt),
    ranBy: round.ranBy,
    totalScore: round.totalScore,
    requestsConsidered: round.requestIds.length,
    poolSize: round.coachIds.length,
    proposals: round.proposals.map((p) => ({ ...p, requesterName: requesterName.get(p.requestId) ?? 'Unknown', coachName: coachName.get(p.coachId) ?? 'Unknown' })),
    unmatched: round.unmatched.map((u) => ({ ...u, requesterName: requesterName.get(u.requestId) ?? 'Unknown' })),
    pins: round.pins.map((pin) => ({ ...pin, decidedAt: new Date(pin.decidedAt) })),
    exclusions: round.exclusions.map((exclusion) => ({ ...exclusion, decidedAt: new Date(exclusion.decidedAt) })),
    rejectedPins: round.rejectedPins,
  };
}

export async function findRound(db: Queryable, roundId: string): Promise<RoundRecord | null> {
  const { rows } = await db.query<{ record: RoundRecord }>('SELECT record FROM rounds WHERE round_id = $1', [roundId]);
  return rows[0]?.record ?? null;
}
