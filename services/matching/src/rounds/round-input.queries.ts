import type { Queryable } from '@tapestry/eventsourcing';
import type { MatchingScope } from '../access/matching-access';
import { consortiumMembers, lineManagersOf, PERSON_COLUMNS, personOf } from '../directory/directory.queries';
import type { MeetingFormat, OpenRequest, PairRef, PoolCoach, Programme, RequestPreferences, RoundInput, ScoreWeights, SupportKind } from '../optimiser/round.types';
import { DEFAULT_WEIGHTS } from '../optimiser';
import { policiesFor } from '../policy/programme-policy.projection';
import type { PairDecision } from './board.decider';

/** The organisations a round covers: one, or every member of a consortium. */
/** The directory's person columns, read from the `people` table aliased p. */
const PERSON_OF_P = PERSON_COLUMNS.split(', ').map((column) => `p.${column}`).join(', ');

export async function organisationsIn(db: Queryable, scope: MatchingScope): Promise<string[]> {
  return scope.kind === 'organisation' ? [scope.id] : consortiumMembers(db, scope.id);
}

interface RequestRow {
  request_id: string;
  programme: Programme;
  kind: SupportKind;
  goals: string;
  topics: string[];
  preferences: RequestPreferences;
  requested_at: Date;
  declined_coach_ids: string[];
}

async function openRequests(db: Queryable, organisationIds: readonly string[], programme: Programme, requestId: string | null): Promise<Array<{ request: OpenRequest; declined: string[] }>> {
  const { rows } = await db.query<RequestRow & Parameters<typeof personOf>[0]>(
    `SELECT r.request_id, r.programme, r.kind, r.goals, r.topics, r.preferences, r.requested_at, r.declined_coach_ids,
            ${PERSON_OF_P}
     FROM requests r JOIN people p ON p.person_id = r.requester_id
     WHERE r.status = 'open' AND r.programme = $2 AND r.organisation_id = ANY($1::uuid[]) AND p.status = 'active' AND ($3::uuid IS NULL OR r.request_id = $3)
     ORDER BY r.requested_at, r.request_id`,
    [[...organisationIds], programme, requestId],
  );
  return rows.map((row) => ({
    request: {
      requestId: row.request_id,
      requester: personOf(row),
      programme: row.programme,
      kind: row.kind,
      topics: row.topics,
      goals: row.goals,
      preferences: row.preferences,
      requestedAt: row.requested_at.toISOString(),
    },
    declined: row.declined_coach_ids,
  }));
}

interface CoachRow {
  eligibility: Array<{ programme: Programme; kind: SupportKind }>;
  capacity: number | null;
  site_ids: string[] | null;
  tags: string[] | null;
  formats: MeetingFormat[] | null;
  gender: string | null;
  paused: boolean | null;
  slots: string[] | null;
  unanswered: string[] | null;
}

/** Everyone eligible to coach or mentor in the programme in these organisations, with their matching preferences. */
async function poolOf(
  db: Queryable,
  organisationIds: readonly string[],
  programme: Programme,
  coachId: string | null,
  capacityOf: (organisationId: string) => number,
): Promise<PoolCoach[]> {
  const { rows } = await db.query<CoachRow & Parameters<typeof personOf>[0]>(
    `SELECT ${PERSON_OF_P},
            e.eligibility, c.capacity, c.site_ids, c.tags, c.formats, c.gender, (coalesce(c.paused, false) OR coalesce(sp.paused, false)) AS paused, c.slots, c.unanswered
     FROM (SELECT person_id, jsonb_agg(jsonb_build_object('programme', programme, 'kind', kind) ORDER BY programme, kind) AS eligibility
           FROM coach_eligibility WHERE eligible AND organisation_id = ANY($1::uuid[]) GROUP BY person_id) e
     JOIN people p ON p.person_id = e.person_id
     LEFT JOIN coaches c ON c.coach_id = e.person_id LEFT JOIN supervisor_pauses sp ON sp.person_id = e.person_id
     WHERE p.status = 'active' AND e.eligibility @> jsonb_build_array(jsonb_build_object('programme', $2::text)) AND ($3::uuid IS NULL OR p.person_id = $3)
     ORDER BY p.person_id`,
    [[...organisationIds], programme, coachId],
  );
  return rows.map((row) => {
    const person = personOf(row);
    return {
      person,
      eligibility: row.eligibility,
      capacity: Math.min(row.capacity ?? capacityOf(person.organisationId), capacityOf(person.organisationId)),
      activeRelationships: row.slots?.length ?? 0,
      siteIds: row.site_ids ?? [],
      formats: row.formats ?? ['in_person', 'remote'],
      tags: row.tags ?? [],
      gender: row.gender,
      paused: row.paused ?? false,
      unresponsive: (row.unanswered?.length ?? 0) > 0,
    };
  });
}

/** Coachee and coach pairs who declined each other in any earlier introduction. */
async function declinedPairsOf(db: Queryable, requesterIds: readonly string[]): Promise<Array<[string, string]>> {
  const { rows } = await db.query<{ coachee_id: string; coach_id: string }>(
    "SELECT DISTINCT coachee_id, coach_id FROM relationships WHERE status = 'declined' AND coachee_id = ANY($1::uuid[])",
    [[...requesterIds]],
  );
  return rows.map((row) => [row.coachee_id, row.coach_id]);
}

export interface BoardDecisions {
  pins: readonly PairDecision[];
  exclusions: readonly PairDecision[];
}

export interface RoundInputOptions {
  weights?: ScoreWeights;
  board?: BoardDecisions;
  /** Only this pair's request and coach (checking a proposal at approval), not the whole scope. */
  only?: PairRef;
}

/** Everything a round needs, from matching's own read models only: no other service is asked. */
export async function loadRoundInput(
  db: Queryable,
  scope: MatchingScope,
  programme: Programme,
  now: Date,
  { weights = DEFAULT_WEIGHTS, board = { pins: [], exclusions: [] }, only }: RoundInputOptions = {},
): Promise<RoundInput> {
  const organisationIds = await organisationsIn(db, scope);
  const policies = await policiesFor(db, organisationIds, programme);
  const capacityOf = (organisationId: string): number => policies.get(organisationId)?.capacity ?? 2;
  const [requests, coaches] = await Promise.all([
    openRequests(db, organisationIds, programme, only?.requestId ?? null),
    poolOf(db, organisationIds, programme, only?.coachId ?? null, capacityOf),
  ]);
  const requesterIds = requests.map(({ request }) => request.requester.personId);
  const declinedPairs: Array<[string, string]> = [
    ...requests.flatMap(({ request, declined }) => declined.map((coachId): [string, string] => [request.requester.personId, coachId])),
    ...(await declinedPairsOf(db, requesterIds)),
  ];
  const lineManagers = await lineManagersOf(db, [...requesterIds, ...coaches.map((coach) => coach.person.personId)]);
  const sharing = organisationIds.filter((id) => policies.get(id)?.shareAcrossConsortium);
  const sharingOrganisations: Array<[string, string]> =
    scope.kind === 'consortium' ? sharing.flatMap((a) => sharing.filter((b) => b !== a).map((b): [string, string] => [a, b])) : [];
  const inRound = new Set(requests.map(({ request }) => request.requestId));
  const pair = ({ requestId, coachId }: PairRef): PairRef => ({ requestId, coachId });
  return {
    programme,
    requests: requests.map(({ request }) => request),
    coaches,
    weights,
    pins: board.pins.filter((pin) => inRound.has(pin.requestId)).map(pair),
    exclusions: board.exclusions.filter((exclusion) => inRound.has(exclusion.requestId)).map(pair),
    declinedPairs,
    lineManagers,
    sharingOrganisations,
    now: now.toISOString(),
  };
}
