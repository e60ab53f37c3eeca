import type { Principal } from '@tapestry/auth';
import { dataOf } from '@tapestry/testing';
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
