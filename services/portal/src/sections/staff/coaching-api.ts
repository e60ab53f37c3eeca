/** The matching operations the coaching pages use, with the shapes they answer in. */

export interface PersonRef {
  id: string;
  name: string;
}

export interface SessionView {
  id: string;
  heldOn: string;
  minutes: number;
  growStage: string | null;
}

export interface CancelledSessionView {
  id: string;
  plannedOn: string;
  reason: string;
  rescheduledTo: string | null;
}

export interface RelationshipSummary {
  id: string;
  programme: string;
  kind: string;
  status: string;
  coach: PersonRef;
  coachee: PersonRef;
  mySide: string | null;
  introducedAt: string;
  chemistryMeetingAt: string;
  chemistryHeldOn: string | null;
  confirmedBy: string[];
  activeFrom: string | null;
  reviewDueOn: string | null;
  closedOn: string | null;
  sessionsHeld: number;
  minutesHeld: number;
  lastSessionOn: string | null;
}

export interface Relationship extends RelationshipSummary {
  extendedTo: string | null;
  closureReason: string | null;
  closureOutcome: string | null;
  cancellations: number;
  reasons: string[];
  goals: string | null;
  sessions: SessionView[] | null;
  cancelledSessions: CancelledSessionView[] | null;
  myFeedback: string | null;
}

const SUMMARY_FIELDS = `id programme kind status coach { id name } coachee { id name } mySide introducedAt chemistryMeetingAt chemistryHeldOn confirmedBy
  activeFrom reviewDueOn closedOn sessionsHeld minutesHeld lastSessionOn`;

const RELATIONSHIP_FIELDS = `${SUMMARY_FIELDS} extendedTo closureReason closureOutcome cancellations reasons goals
  sessions { id heldOn minutes growStage } cancelledSessions { id plannedOn reason rescheduledTo } myFeedback`;

export const MY_RELATIONSHIPS = `query MyRelationships { myRelationships { ${SUMMARY_FIELDS} } }`;
export const RELATIONSHIP = `query Relationship($id: ID!) { relationship(id: $id) { ${RELATIONSHIP_FIELDS} } }`;

export const RECORD_CHEMISTRY = `mutation RecordChemistry($relationshipId: ID!, $heldOn: String!) { recordChemistryMeeting(relationshipId: $relationshipId, heldOn: $heldOn) { id } }`;
export const CONFIRM = `mutation Confirm($relationshipId: ID!) { confirmRelationship(relationshipId: $relationshipId) { id status } }`;
export const DECLINE = `mutation Decline($relationshipId: ID!) { declineRelationship(relationshipId: $relationshipId) { id status } }`;
export const LOG_SESSION = `mutation LogSession($relationshipId: ID!, $input: LogSessionInput!) { logSession(relationshipId: $relationshipId, input: $input) { id sessionsHeld } }`;
export const CANCEL_SESSION = `mutation CancelSession($relationshipId: ID!, $input: CancelSessionInput!) { cancelSession(relationshipId: $relationshipId, input: $input) { id cancellations } }`;
export const CLOSE = `mutation Close($relationshipId: ID!, $input: CloseRelationshipInput!) { closeRelationship(relationshipId: $relationshipId, input: $input) { id status } }`;

export interface Reflection {
  id: string;
  text: string;
  writtenAt: string;
}

export const MY_REFLECTIONS = `query MyReflections($relationshipId: ID!) { myReflections(relationshipId: $relationshipId) { id text writtenAt } }`;
export const ADD_REFLECTION = `mutation AddReflection($relationshipId: ID!, $text: String!) { addReflection(relationshipId: $relationshipId, text: $text) { id } }`;

export interface SupportRequest {
  id: string;
  programme: string;
  kind: string;
  status: string;
  goals: string | null;
  topics: string[];
  requestedAt: string;
  waitingDays: number;
  relationshipId: string | null;
}

export const MY_REQUESTS = `query MyRequests { myRequests { id programme kind status goals topics requestedAt waitingDays relationshipId } }`;
export const REQUEST_SUPPORT = `mutation RequestSupport($input: RequestSupportInput!) { requestSupport(input: $input) { id status } }`;
export const WITHDRAW_REQUEST = `mutation WithdrawRequest($requestId: ID!) { withdrawRequest(requestId: $requestId) { id status } }`;

export interface ManagerApproval {
  id: string;
  kind: string;
  programme: string;
  status: string;
  requestedAt: string;
  decidedAt: string | null;
  reason: string | null;
  expiresAt: string | null;
}

export const MY_APPROVALS = `query MyApprovals { myApprovals { id kind programme status requestedAt decidedAt reason expiresAt } }`;
export const REQUEST_APPROVAL = `mutation RequestApproval($kind: ApprovalKind!, $programme: Programme!) { requestManagerApproval(kind: $kind, programme: $programme) { id status } }`;

export interface TrainingEvent {
  id: string;
  courseTitle: string;
  date: string;
  startTime: string;
  endTime: string;
  venue: string | null;
  onlineLink: string | null;
  placesLeft: number;
  status: string;
  myEnrolment: { status: string; waitingPosition: number | null } | null;
}

export const TRAINING_EVENTS = `query TrainingEvents($organisationId: ID!, $from: String!, $to: String!) {
  trainingEvents(organisationId: $organisationId, from: $from, to: $to) {
    id courseTitle date startTime endTime venue onlineLink placesLeft status myEnrolment { status waitingPosition }
  }
}`;
export const ENROL = `mutation Enrol($trainingEventId: ID!) { enrol(trainingEventId: $trainingEventId) { status waitingPosition } }`;
export const CANCEL_ENROLMENT = `mutation CancelEnrolment($trainingEventId: ID!) { cancelEnrolment(trainingEventId: $trainingEventId) { status } }`;
