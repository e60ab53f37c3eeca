import type { Queryable } from '@tapestry/eventsourcing';
import type { RequestPreferences } from '../optimiser/round.types';
import type { ProgrammeType, SupportKindType } from '../common/graphql-enums';
import type { SupportRequest } from './request.graphql-types';

interface RequestRow {
  request_id: string;
  requester_id: string;
  display_name: string | null;
  organisation_id: string;
  programme: ProgrammeType;
  kind: SupportKindType;
  status: string;
  goals: string;
  topics: string[];
  preferences: RequestPreferences;
  requested_at: Date;
  relationship_id: string | null;
}

const SELECT = `SELECT r.request_id, r.requester_id, p.display_name, r.organisation_id, r.programme, r.kind, r.status, r.goals, r.topics,
                       r.preferences, r.requested_at, r.relationship_id
                FROM requests r LEFT JOIN people p ON p.person_id = r.requester_id`;

function requestOf(row: RequestRow, withGoals: boolean, now: Date): SupportRequest {
  return {
    id: row.request_id,
    requesterId: row.requester_id,
    requesterName: row.display_name ?? 'Unknown person',
    organisationId: row.organisation_id,
    programme: row.programme,
    kind: row.kind,
    status: row.status,
    goals: withGoals ? row.goals : null,
    topics: row.topics,
    preferences: row.preferences,
    requestedAt: row.requested_at,
    waitingDays: Math.max(0, Math.floor((now.getTime() - row.requested_at.getTime()) / 86_400_000)),
    relationshipId: row.relationship_id,
  };
}

/** The requester's own requests, goals included. */
export async function requestsOf(db: Queryable, requesterId: string, now: Date): Promise<SupportRequest[]> {
  const { rows } = await db.query<RequestRow>(`${SELECT} WHERE r.requester_id = $1 ORDER BY r.requested_at DESC`, [requesterId]);
  return rows.map((row) => requestOf(row, true, now));
}

/** Open requests in these organisations for a lead: goals withheld (they are the requester's to share). */
export async function openRequestsIn(db: Queryable, organisationIds: readonly string[], programme: string | null, now: Date): Promise<SupportRequest[]> {
  const { rows } = await db.query<RequestRow>(
    `${SELECT} WHERE r.status = 'open' AND r.organisation_id = ANY($1::uuid[]) AND ($2::text IS NULL OR r.programme = $2) ORDER BY r.requested_at, r.request_id`,
    [[...organisationIds], programme],
  );
  return rows.map((row) => requestOf(row, false, now));
}
