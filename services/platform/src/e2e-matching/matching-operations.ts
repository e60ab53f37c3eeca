/** Matching's GraphQL operations as a client sends them through the gateway. */
export const POOL = `query { pool(programme: GENERAL) { coachId name eligibility { programme kind } activeRelationships } }`;
export const REQUEST_SUPPORT = `mutation($input: RequestSupportInput!) { requestSupport(input: $input) { id status goals } }`;
export const PIN = `mutation($scope: MatchingScopeInput!, $requestId: ID!, $coachId: ID!, $reason: String!) {
  pinPair(scope: $scope, programme: GENERAL, requestId: $requestId, coachId: $coachId, reason: $reason) }`;
export const RUN_ROUND = `mutation($scope: MatchingScopeInput!) {
  runMatchingRound(scope: $scope, programme: GENERAL) { id proposals { requestId coachId coachName score reasons pinned } unmatched { requestId reason } } }`;
export const APPROVE = `mutation($roundId: ID!, $requestId: ID!) { approveProposal(roundId: $roundId, requestId: $requestId) { id status } }`;
const FIELDS = 'id status goals sessionsHeld confirmedBy sessions { heldOn minutes } coach { id name } coachee { id name }';
export const RELATIONSHIP = `query($id: ID!) { relationship(id: $id) { ${FIELDS} } }`;
export const RECORD_CHEMISTRY = `mutation($id: ID!, $on: String!) { recordChemistryMeeting(relationshipId: $id, heldOn: $on) { ${FIELDS} } }`;
export const CONFIRM = `mutation($id: ID!) { confirmRelationship(relationshipId: $id) { ${FIELDS} } }`;
export const LOG_SESSION = `mutation($id: ID!, $input: LogSessionInput!) { logSession(relationshipId: $id, input: $input) { ${FIELDS} } }`;
export const ADD_REFLECTION = `mutation($id: ID!, $text: String!) { addReflection(relationshipId: $id, text: $text) { id text } }`;
export const MY_REFLECTIONS = `query($id: ID!) { myReflections(relationshipId: $id) { text } }`;

export interface RelationshipReply {
  id: string;
  status: string;
  goals: string | null;
  sessionsHeld: number;
  confirmedBy: string[];
  sessions: Array<{ heldOn: string; minutes: number }> | null;
  coach: { id: string; name: string };
  coachee: { id: string; name: string };
}

export interface RoundReply {
  id: string;
  proposals: Array<{ requestId: string; coachId: string; coachName: string; score: number; reasons: string[]; pinned: boolean }>;
  unmatched: Array<{ requestId: string; reason: string }>;
}
