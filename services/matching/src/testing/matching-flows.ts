import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import { create } from '@bufbuild/protobuf';
import {
  decodeMatchingEvent,
  encodeIdentityEvent,
  encodeSupervisionEvent,
  encodeTrainingEvent,
  envelopeFor,
  IdentityEventSchema,
  topicFor,
  SupervisionEventSchema,
  TrainingEventSchema,
  type IdentityEvent,
  type MatchingEvent,
  type SupervisionEvent,
  type TrainingEvent,
} from '@tapestry/contracts';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import { outgoingMessageFor } from '@tapestry/messaging';
import { dataOf } from '@tapestry/testing';
import { MATCHING_TOPIC } from '../integration/matching-relay';
import type { MatchingTestApp } from './matching-test-app';

export const REQUEST_SUPPORT = `mutation($input: RequestSupportInput!) { requestSupport(input: $input) { id status goals waitingDays } }`;
export const SET_COACH_PREFERENCES = `mutation($input: CoachPreferencesInput!) {
  setCoachPreferences(input: $input) { coachId capacity paused tags formats activeRelationships } }`;
export const RUN_ROUND = `mutation($scope: MatchingScopeInput!, $programme: MatchingProgramme!) {
  runMatchingRound(scope: $scope, programme: $programme) {
    id totalScore requestsConsidered poolSize
    proposals { requestId requesterName coachId coachName score reasons pinned parts { location shift experience silo waiting load } }
    unmatched { requestId requesterName reason } rejectedPins { requestId coachId rule } } }`;
export const APPROVE = `mutation($roundId: ID!, $requestId: ID!, $at: DateTime) {
  approveProposal(roundId: $roundId, requestId: $requestId, chemistryMeetingAt: $at) { id status chemistryMeetingAt coach { id name } coachee { id name } goals } }`;
export const RELATIONSHIP_FIELDS = `id status mySide chemistryHeldOn confirmedBy activeFrom reviewDueOn extendedTo closedOn closureReason sessionsHeld minutesHeld
  lastSessionOn cancellations goals reasons sessions { id heldOn minutes growStage } cancelledSessions { plannedOn reason rescheduledTo } myFeedback`;
export const RECORD_CHEMISTRY = `mutation($id: ID!, $on: String!) { recordChemistryMeeting(relationshipId: $id, heldOn: $on) { ${RELATIONSHIP_FIELDS} } }`;
export const CONFIRM = `mutation($id: ID!) { confirmRelationship(relationshipId: $id) { ${RELATIONSHIP_FIELDS} } }`;
export const DECLINE = `mutation($id: ID!) { declineRelationship(relationshipId: $id) { ${RELATIONSHIP_FIELDS} } }`;
export const LOG_SESSION = `mutation($id: ID!, $input: LogSessionInput!) { logSession(relationshipId: $id, input: $input) { ${RELATIONSHIP_FIELDS} } }`;
export const CANCEL_SESSION = `mutation($id: ID!, $input: CancelSessionInput!) { cancelSession(relationshipId: $id, input: $input) { ${RELATIONSHIP_FIELDS} } }`;
export const CLOSE = `mutation($id: ID!, $input: CloseRelationshipInput!) { closeRelationship(relationshipId: $id, input: $input) { ${RELATIONSHIP_FIELDS} } }`;
export const EXTEND = `mutation($id: ID!, $months: Int!, $reason: String!) { extendRelationship(relationshipId: $id, months: $months, reason: $reason) { ${RELATIONSHIP_FIELDS} } }`;
export const RELATIONSHIP = `query($id: ID!) { relationship(id: $id) { ${RELATIONSHIP_FIELDS} } }`;
export const PIN = `mutation($scope: MatchingScopeInput!, $programme: MatchingProgramme!, $requestId: ID!, $coachId: ID!, $reason: String!) {
  pinPair(scope: $scope, programme: $programme, requestId: $requestId, coachId: $coachId, reason: $reason) }`;
export const EXCLUDE = `mutation($scope: MatchingScopeInput!, $programme: MatchingProgramme!, $requestId: ID!, $coachId: ID!, $reason: String!) {
  excludePair(scope: $scope, programme: $programme, requestId: $requestId, coachId: $coachId, reason: $reason) }`;
export const SET_POLICY = `mutation($scope: MatchingScopeInput!, $programme: MatchingProgramme!, $policy: ProgrammePolicyInput!) {
  setProgrammePolicy(scope: $scope, programme: $programme, policy: $policy) { capacity shareAcrossConsortium releaseRequired } }`;

export interface RoundView {
  id: string;
  totalScore: number;
  requestsConsidered: number;
  poolSize: number;
  proposals: Array<{ requestId: string; requesterName: string; coachId: string; coachName: string; score: number; reasons: string[]; pinned: boolean }>;
  unmatched: Array<{ requestId: string; reason: string }>;
  rejectedPins: Array<{ requestId: string; coachId: string; rule: string }>;
}

export interface RelationshipView {
  id: string;
  status: string;
  mySide: string | null;
  chemistryHeldOn: string | null;
  confirmedBy: string[];
  activeFrom: string | null;
  reviewDueOn: string | null;
  sessionsHeld: number;
  goals: string | null;
  sessions: Array<{ heldOn: string; minutes: number; growStage: string | null }> | null;
  closedOn: string | null;
  extendedTo: string | null;
}

export const organisationScope = (organisationId: string) => ({ kind: 'ORGANISATION', id: organisationId });

export async function requestSupport(app: MatchingTestApp, requester: Principal, input: Record<string, unknown> = {}): Promise<string> {
  const reply = await app.graphql<{ requestSupport: { id: string } }>(REQUEST_SUPPORT, {
    input: { programme: 'GENERAL', kind: 'MENTORING', goals: 'Prepare for a band 7 interview panel', ...input },
  }, requester);
  return dataOf(reply).requestSupport.id;
}

export async function runRound(app: MatchingTestApp, lead: Principal, organisationId: string, programme = 'GENERAL'): Promise<RoundView> {
  return dataOf(await app.graphql<{ runMatchingRound: RoundView }>(RUN_ROUND, { scope: organisationScope(organisationId), programme }, lead)).runMatchingRound;
}

export async function approve(app: MatchingTestApp, lead: Principal, roundId: string, requestId: string): Promise<RelationshipView> {
  return dataOf(await app.graphql<{ approveProposal: RelationshipView }>(APPROVE, { roundId, requestId }, lead)).approveProposal;
}

export const WITHDRAW = `mutation($requestId: ID!) { withdrawRequest(requestId: $requestId) { id status } }`;
export const MY_REQUESTS = `query { myRequests { id status programme goals } }`;
export const OPEN_REQUESTS = `query($programme: MatchingProgramme) { openRequests(programme: $programme) { id requesterId status goals } }`;
export const POOL = `query($programme: MatchingProgramme) { pool(programme: $programme) { coachId name organisationId capacity activeRelationships paused unresponsive } }`;
export const FOLLOW_UPS_DUE = `query($withinDays: Int) { followUpsDue(withinDays: $withinDays) { relationshipId kind state dueAt } }`;
export const MY_RELATIONSHIPS = `query { myRelationships { ${RELATIONSHIP_FIELDS} } }`;
export const RELATIONSHIPS_IN_MY_SCOPE = `query { relationshipsInMyScope { ${RELATIONSHIP_FIELDS} } }`;
export const MY_REPORTS_PARTICIPATION = `query { myReportsParticipation { person { id name } programme role status since } }`;
export const MATCHING_ROUND = `query($id: ID!) { matchingRound(id: $id) { id proposals { requestId coachId } } }`;
export const ADD_REFLECTION = `mutation($id: ID!, $text: String!) { addReflection(relationshipId: $id, text: $text) { id relationshipId text writtenAt } }`;
export const MY_REFLECTIONS = `query($id: ID!) { myReflections(relationshipId: $id) { id relationshipId text writtenAt } }`;

export interface PoolCoachSummary {
  coachId: string;
  name: string;
  organisationId: string;
  capacity: number;
  activeRelationships: number;
  paused: boolean;
  unresponsive: boolean;
}

/** A complete ProgrammePolicyInput: the service's defaults, with `overrides` on top. */
export function policyInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    offered: true,
    capacity: 2,
    releaseRequired: false,
    chemistryFollowUpDays: 21,
    sessionNudgeDays: 42,
    answerWithinDays: 10,
    escalateAfterDays: 7,
    shareAcrossConsortium: false,
    weights: { location: 3, shift: 2, experience: 3, silo: 2, waiting: 1, load: 2 },
    ...overrides,
  };
}

export async function pinPair(app: MatchingTestApp, lead: Principal, organisationId: string, requestId: string, coachId: string, programme = 'GENERAL'): Promise<void> {
  dataOf(await app.graphql(PIN, { scope: organisationScope(organisationId), programme, requestId, coachId, reason: 'The lead knows them both' }, lead));
}

export async function excludePair(app: MatchingTestApp, lead: Principal, organisationId: string, requestId: string, coachId: string, programme = 'GENERAL'): Promise<void> {
  dataOf(await app.graphql(EXCLUDE, { scope: organisationScope(organisationId), programme, requestId, coachId, reason: 'Already proposed in an earlier round' }, lead));
}

export async function setCoachPreferences(app: MatchingTestApp, coach: Principal, input: Record<string, unknown>): Promise<void> {
  dataOf(await app.graphql(SET_COACH_PREFERENCES, { input: { capacity: 2, ...input } }, coach));
}

export async function poolAs(app: MatchingTestApp, lead: Principal, programme: string | null = null): Promise<PoolCoachSummary[]> {
  return dataOf(await app.graphql<{ pool: PoolCoachSummary[] }>(POOL, { programme }, lead)).pool;
}

/** One message the relay published on `tapestry.matching.v1`, raw and decoded. */
export interface PublishedMatchingMessage {
  key: string;
  type: string | undefined;
  value: Buffer;
  event: MatchingEvent;
}

/** Everything the relay publishes from now on (and before: from the topic's beginning), until `stop()`. */
export async function watchMatchingTopic(app: MatchingTestApp): Promise<{ received: PublishedMatchingMessage[]; stop(): Promise<void> }> {
  const received: PublishedMatchingMessage[] = [];
  await app.transport.ensureTopics([MATCHING_TOPIC]);
  const subscription = await app.transport.subscribe({
    groupId: `matching-topic-test-${randomUUID()}`,
    topics: [MATCHING_TOPIC],
    fromBeginning: true,
    handler: (message) => {
      received.push({ key: message.key, type: message.headers['event-type'], value: message.value, event: decodeMatchingEvent(message.value) });
      return Promise.resolve();
    },
  });
  return { received, stop: () => subscription.stop() };
}

const publishedVersions = new Map<string, number>();

/** A stored event as the publishing service's relay would have read it: what the envelope and headers are made from. */
function recordedFor(streamId: string, type: string | undefined, organisationId: string | undefined): RecordedEvent {
  const streamVersion = (publishedVersions.get(streamId) ?? 0) + 1;
  publishedVersions.set(streamId, streamVersion);
  return {
    globalPosition: 0n,
    transactionId: 0n,
    streamId,
    streamType: 'upstream-test',
    streamVersion,
    eventId: randomUUID(),
    type: type ? type[0].toUpperCase() + type.slice(1) : 'Unknown',
    data: null,
    metadata: { correlationId: randomUUID(), actor: 'system:test', ...(organisationId ? { organisationId } : {}), schemaVersion: 1 },
    recordedAt: new Date(),
  };
}

async function publishOn(app: MatchingTestApp, topic: string, recorded: RecordedEvent, bytes: Uint8Array): Promise<void> {
  await app.transport.ensureTopics([topic]);
  const publisher = await app.transport.createPublisher();
  try {
    await publisher.publish([outgoingMessageFor(recorded, topic, bytes)]);
  } finally {
    await publisher.close();
  }
}

/** Publishes one event onto `tapestry.identity.v1` of the app's embedded bus, as identity's relay would; keyed by `streamId`. */
export async function publishIdentityEvent(app: MatchingTestApp, event: IdentityEvent['event'], streamId: string, organisationId?: string): Promise<void> {
  const recorded = recordedFor(streamId, event.case, organisationId);
  await publishOn(app, topicFor('identity'), recorded, encodeIdentityEvent(create(IdentityEventSchema, { envelope: envelopeFor(recorded), event })));
}

/** Publishes one event onto `tapestry.training.v1` of the app's embedded bus, as training's relay would; keyed by `streamId`. */
export async function publishTrainingEvent(app: MatchingTestApp, event: TrainingEvent['event'], streamId: string, organisationId?: string): Promise<void> {
  const recorded = recordedFor(streamId, event.case, organisationId);
  await publishOn(app, topicFor('training'), recorded, encodeTrainingEvent(create(TrainingEventSchema, { envelope: envelopeFor(recorded), event })));
}

/** Publishes one event onto `tapestry.supervision.v1` of the app's embedded bus, as supervision's relay would. */
export async function publishSupervisionEvent(app: MatchingTestApp, event: SupervisionEvent['event'], streamId: string, organisationId?: string): Promise<void> {
  const recorded = recordedFor(streamId, event.case, organisationId);
  await publishOn(app, topicFor('supervision'), recorded, encodeSupervisionEvent(create(SupervisionEventSchema, { envelope: envelopeFor(recorded), event })));
}
