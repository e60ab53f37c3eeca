/** The public GraphQL operations the scenario sends through the gateway, as any client would. */

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken person { id organisationId } }
}`;
export const ORGANISATION = `query Organisation($id: ID!) { organisation(id: $id) { id name sites { id name } directorates { id name } } }`;
export const PEOPLE = `query People($organisationId: ID!, $after: String) {
  people(organisationId: $organisationId, first: 100, after: $after) {
    edges { node { id email employeeNumber jobTitle band staffGroup siteId lineManagerId startDate status roles { role } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
export const IMPORT_STAFF = `mutation Import($organisationId: ID!, $csv: String!) {
  importStaff(organisationId: $organisationId, csv: $csv) { registered updated moved unchanged }
}`;
export const SET_PASSWORD = `mutation SetPassword($personId: ID!, $password: String!) { setPassword(personId: $personId, password: $password) }`;
export const GRANT_SUPERVISOR = `mutation Grant($personId: ID!, $organisationId: ID!) {
  grantRole(personId: $personId, role: SUPERVISOR, scopeKind: ORGANISATION, scopeId: $organisationId) { id }
}`;
export const UPDATE_PERSON = `mutation Update($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id band jobTitle } }`;
export const RECORD_LEAVER = `mutation Leaver($id: ID!, $leavingDate: String!, $reason: String!) {
  recordLeaver(id: $id, leavingDate: $leavingDate, reason: $reason) { id status }
}`;

export const COURSES = `query Courses($organisationId: ID!) { courses(organisationId: $organisationId) { id kind status qualifies { programme role } } }`;
export const CREATE_COURSE = `mutation Course($input: CreateCourseInput!) { createCourse(input: $input) { id } }`;
export const SCHEDULE_TRAINING = `mutation Schedule($input: ScheduleTrainingEventInput!) { scheduleTrainingEvent(input: $input) { id date } }`;
export const ENROL_LEARNER = `mutation Enrol($id: ID!, $learnerId: ID!) { enrol(trainingEventId: $id, learnerId: $learnerId) { status } }`;
export const BOOKLET = 'query Booklet { expectationsBooklet { version } }';
export const ACKNOWLEDGE = `mutation Acknowledge($id: ID!, $version: String!) {
  acknowledgeExpectations(trainingEventId: $id, bookletVersion: $version) { acknowledgedExpectations }
}`;
export const RECORD_ATTENDANCE = `mutation Attendance($id: ID!, $learnerId: ID!) {
  recordAttendance(trainingEventId: $id, learnerId: $learnerId, attendance: ATTENDED) { completed }
}`;
export const REQUEST_APPROVAL = `mutation Ask($kind: ApprovalKind!) { requestManagerApproval(kind: $kind, programme: GENERAL) { id } }`;
export const DECIDE_APPROVAL = `mutation Decide($approvalId: ID!, $approve: Boolean!, $reason: String) {
  decideManagerApproval(approvalId: $approvalId, approve: $approve, reason: $reason) { id status }
}`;

export const POOL = 'query Pool { pool(programme: GENERAL) { coachId } }';
export const OPEN_REQUESTS = 'query Open { openRequests(programme: GENERAL) { id requesterId } }';
export const SET_PREFERENCES = `mutation Preferences($input: CoachPreferencesInput!) { setCoachPreferences(input: $input) { coachId } }`;
export const REQUEST_SUPPORT = `mutation Ask($input: RequestSupportInput!) { requestSupport(input: $input) { id } }`;
export const WITHDRAW_REQUEST = `mutation Withdraw($requestId: ID!) { withdrawRequest(requestId: $requestId) { id } }`;
export const RUN_ROUND = `mutation Round($scope: MatchingScopeInput!) {
  runMatchingRound(scope: $scope, programme: GENERAL) { id proposals { requestId coachId } }
}`;
export const EXCLUDE_PAIR = `mutation Exclude($scope: MatchingScopeInput!, $requestId: ID!, $coachId: ID!, $reason: String!) {
  excludePair(scope: $scope, programme: GENERAL, requestId: $requestId, coachId: $coachId, reason: $reason)
}`;
export const APPROVE_PROPOSAL = `mutation Approve($roundId: ID!, $requestId: ID!) { approveProposal(roundId: $roundId, requestId: $requestId) { id } }`;
export const RECORD_CHEMISTRY = `mutation Chemistry($id: ID!, $on: String!) { recordChemistryMeeting(relationshipId: $id, heldOn: $on) { id } }`;
export const CONFIRM = `mutation Confirm($id: ID!) { confirmRelationship(relationshipId: $id) { id status activeFrom } }`;
export const DECLINE = `mutation Decline($id: ID!) { declineRelationship(relationshipId: $id) { id status } }`;
export const LOG_SESSION = `mutation Session($id: ID!, $input: LogSessionInput!) { logSession(relationshipId: $id, input: $input) { id } }`;
export const CANCEL_SESSION = `mutation Cancel($id: ID!, $input: CancelSessionInput!) { cancelSession(relationshipId: $id, input: $input) { id } }`;
export const CLOSE = `mutation Close($id: ID!, $input: CloseRelationshipInput!) { closeRelationship(relationshipId: $id, input: $input) { id closedOn } }`;
export const EXTEND = `mutation Extend($id: ID!, $months: Int!, $reason: String!) { extendRelationship(relationshipId: $id, months: $months, reason: $reason) { id } }`;

export const ASSIGN_SUPERVISOR = `mutation Assign($coachId: ID!, $supervisorId: ID!) { assignSupervisor(coachId: $coachId, supervisorId: $supervisorId, format: GROUP) }`;
export const LOG_SUPERVISION = `mutation Supervision($input: LogSupervisionSessionInput!) { logSupervisionSession(input: $input) }`;

const FIGURE = 'name label kind value suppressed reason base incomplete';
const TABLE = `title scopeName dimensions rows { key keyLabels figures { ${FIGURE} } } totals { ${FIGURE} } notes`;
export const PROGRAMME_METRICS = `query Metrics($scope: AnalyticsScopeInput!, $from: String!, $to: String!, $groupBy: [AnalyticsGroupBy!]) {
  programmeMetrics(scope: $scope, from: $from, to: $to, programme: GENERAL, groupBy: $groupBy) { ${TABLE} }
}`;
export const OUTCOMES = `query Outcomes($scope: AnalyticsScopeInput!, $from: String!, $to: String!, $horizon: OutcomeHorizon!) {
  outcomes(scope: $scope, cohortFrom: $from, cohortTo: $to, horizonMonths: $horizon, programme: GENERAL) { ${TABLE} }
}`;
