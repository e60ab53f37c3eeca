/** The GraphQL the lead's pages send, and the shapes of what comes back. */

export const DIRECTORY = `query LeadDirectory { organisations { id name } consortia { id name members { id } } }`;
export interface DirectoryData {
  organisations: { id: string; name: string }[];
  consortia: { id: string; name: string; members: { id: string }[] }[];
}

export const OPEN_REQUESTS = `query OpenRequests($programme: MatchingProgramme) {
  openRequests(programme: $programme) { id requesterName programme kind topics requestedAt waitingDays }
}`;
export interface OpenRequest {
  id: string;
  requesterName: string;
  programme: string;
  kind: string;
  topics: string[];
  requestedAt: string;
  waitingDays: number;
}

export const POOL = `query Pool($programme: MatchingProgramme) {
  pool(programme: $programme) {
    coachId name staffGroup capacity activeRelationships paused unresponsive tags formats
    eligibility { programme kind }
  }
}`;
export interface PoolCoach {
  coachId: string;
  name: string;
  staffGroup: string;
  capacity: number;
  activeRelationships: number;
  paused: boolean;
  unresponsive: boolean;
  tags: string[];
  formats: string[];
  eligibility: { programme: string; kind: string }[];
}

const ROUND_FIELDS = `id scopeKind scopeId programme ranAt totalScore requestsConsidered poolSize
  proposals { requestId requesterName coachId coachName score reasons pinned }
  unmatched { requestId requesterName reason }
  pins { requestId coachId reason decidedAt }
  exclusions { requestId coachId reason decidedAt }
  rejectedPins { requestId coachId rule }`;

export const RUN_ROUND = `mutation RunMatchingRound($scope: MatchingScopeInput!, $programme: MatchingProgramme!) {
  runMatchingRound(scope: $scope, programme: $programme) { id }
}`;
export interface RunRoundData {
  runMatchingRound: { id: string };
}

export const ROUND = `query MatchingRound($id: ID!) { matchingRound(id: $id) { ${ROUND_FIELDS} } }`;
export interface PairDecision {
  requestId: string;
  coachId: string;
  reason: string;
  decidedAt: string;
}
export interface Proposal {
  requestId: string;
  requesterName: string;
  coachId: string;
  coachName: string;
  score: number;
  reasons: string[];
  pinned: boolean;
}
export interface MatchingRound {
  id: string;
  scopeKind: string;
  scopeId: string;
  programme: string;
  ranAt: string;
  totalScore: number;
  requestsConsidered: number;
  poolSize: number;
  proposals: Proposal[];
  unmatched: { requestId: string; requesterName: string; reason: string }[];
  pins: PairDecision[];
  exclusions: PairDecision[];
  rejectedPins: { requestId: string; coachId: string; rule: string }[];
}

export const PIN_PAIR = `mutation PinPair($scope: MatchingScopeInput!, $programme: MatchingProgramme!, $requestId: ID!, $coachId: ID!, $reason: String!) {
  pinPair(scope: $scope, programme: $programme, requestId: $requestId, coachId: $coachId, reason: $reason)
}`;
export const EXCLUDE_PAIR = `mutation ExcludePair($scope: MatchingScopeInput!, $programme: MatchingProgramme!, $requestId: ID!, $coachId: ID!, $reason: String!) {
  excludePair(scope: $scope, programme: $programme, requestId: $requestId, coachId: $coachId, reason: $reason)
}`;

export const APPROVE_PROPOSAL = `mutation ApproveProposal($roundId: ID!, $requestId: ID!, $chemistryMeetingAt: DateTime) {
  approveProposal(roundId: $roundId, requestId: $requestId, chemistryMeetingAt: $chemistryMeetingAt) {
    id status chemistryMeetingAt coach { name } coachee { name }
  }
}`;
export interface Introduction {
  id: string;
  status: string;
  chemistryMeetingAt: string;
  coach: { name: string };
  coachee: { name: string };
}

export const FOLLOW_UPS = `query FollowUpsDue($withinDays: Int) {
  followUpsDue(withinDays: $withinDays) { relationshipId kind state dueAt coach { name } coachee { name } }
}`;
export interface FollowUp {
  relationshipId: string;
  kind: string;
  state: string;
  dueAt: string;
  coach: { name: string };
  coachee: { name: string };
}

export const TRAINING = `query Training($organisationId: ID!, $from: String!, $to: String!) {
  courses(organisationId: $organisationId) { id title kind status cpdHours validityMonths }
  trainingEvents(organisationId: $organisationId, from: $from, to: $to) {
    id courseTitle date startTime endTime venue onlineLink facilitator capacity placesTaken placesLeft waitingCount status
  }
}`;
export interface Course {
  id: string;
  title: string;
  kind: string;
  status: string;
  cpdHours: number;
  validityMonths: number;
}
export interface TrainingEvent {
  id: string;
  courseTitle: string;
  date: string;
  startTime: string;
  endTime: string;
  venue: string | null;
  onlineLink: string | null;
  facilitator: string;
  capacity: number;
  placesTaken: number;
  placesLeft: number;
  waitingCount: number;
  status: string;
}
export interface TrainingData {
  courses: Course[];
  trainingEvents: TrainingEvent[];
}

export const SCHEDULE_TRAINING = `mutation ScheduleTrainingEvent($input: ScheduleTrainingEventInput!) {
  scheduleTrainingEvent(input: $input) { id courseTitle date startTime }
}`;

const POLICY_FIELDS = `offered capacity releaseRequired chemistryFollowUpDays sessionNudgeDays answerWithinDays escalateAfterDays shareAcrossConsortium
    weights { location shift experience silo waiting load }`;

export const POLICY = `query ProgrammePolicy($scope: MatchingScopeInput!, $programme: MatchingProgramme!) {
  programmePolicy(scope: $scope, programme: $programme) { ${POLICY_FIELDS} }
}`;

export const SET_POLICY = `mutation SetProgrammePolicy($scope: MatchingScopeInput!, $programme: MatchingProgramme!, $policy: ProgrammePolicyInput!) {
  setProgrammePolicy(scope: $scope, programme: $programme, policy: $policy) { ${POLICY_FIELDS} }
}`;
/** The API's answer for matching's ProgrammePolicy (services/matching/src/policy/programme-policy.ts). */
export interface ProgrammePolicy {
  offered: boolean;
  capacity: number;
  releaseRequired: boolean;
  chemistryFollowUpDays: number;
  sessionNudgeDays: number;
  answerWithinDays: number;
  escalateAfterDays: number;
  shareAcrossConsortium: boolean;
  weights: Record<'location' | 'shift' | 'experience' | 'silo' | 'waiting' | 'load', number>;
}
