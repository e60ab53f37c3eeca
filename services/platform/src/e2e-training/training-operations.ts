import { waitFor } from '@tapestry/testing';
import { dataOf } from '../testing/graphql-client';
import type { TestPlatform } from '../testing/test-platform';
import { addDays, londonNow } from './london-today';

/** Training's operations as a client sends them through the gateway, and the shapes the e2e specs read back. */

const EVENT_FIELDS = 'id courseId courseTitle organisationId date startTime endTime capacity placesTaken placesLeft waitingCount status';
const ENROLMENT_FIELDS = 'trainingEventId learnerId status waitingPosition acknowledgedExpectations attendance completed';
const APPROVAL_FIELDS = 'id personId personName organisationId kind programme status lineManagerId decidedBy decidedAs expiresAt';
const ELIGIBILITY_FIELDS = 'programme role eligible reasons';

export const CREATE_COURSE = `mutation CreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) { id organisationId title kind qualifies { programme role } cpdHours status }
}`;
export const SCHEDULE_EVENT = `mutation Schedule($input: ScheduleTrainingEventInput!) { scheduleTrainingEvent(input: $input) { ${EVENT_FIELDS} } }`;
export const TRAINING_EVENTS = `query Events($organisationId: ID!, $from: String!, $to: String!) {
  trainingEvents(organisationId: $organisationId, from: $from, to: $to) { ${EVENT_FIELDS} }
}`;
export const TRAINING_EVENT = `query Event($id: ID!) { trainingEvent(id: $id) { ${EVENT_FIELDS} myEnrolment { ${ENROLMENT_FIELDS} } } }`;
export const ROLL = `query Roll($id: ID!) { trainingEvent(id: $id) { enrolments { ${ENROLMENT_FIELDS} } } }`;
export const CALENDAR_INVITE = `query Invite($id: ID!) { trainingEvent(id: $id) { calendarInvite } }`;
export const BOOKLET = `query Booklet { expectationsBooklet { version title } }`;
export const ENROL = `mutation Enrol($id: ID!) { enrol(trainingEventId: $id) { ${ENROLMENT_FIELDS} } }`;
export const CANCEL_ENROLMENT = `mutation Cancel($id: ID!) { cancelEnrolment(trainingEventId: $id) { ${ENROLMENT_FIELDS} } }`;
export const ACKNOWLEDGE = `mutation Acknowledge($id: ID!, $version: String!) {
  acknowledgeExpectations(trainingEventId: $id, bookletVersion: $version) { ${ENROLMENT_FIELDS} }
}`;
export const RECORD_ATTENDANCE = `mutation Attendance($id: ID!, $learnerId: ID!, $attendance: Attendance!) {
  recordAttendance(trainingEventId: $id, learnerId: $learnerId, attendance: $attendance) { ${ENROLMENT_FIELDS} }
}`;
export const REQUEST_APPROVAL = `mutation Request($kind: ApprovalKind!, $programme: Programme!) {
  requestManagerApproval(kind: $kind, programme: $programme) { ${APPROVAL_FIELDS} }
}`;
export const DECIDE_APPROVAL = `mutation Decide($approvalId: ID!, $approve: Boolean!, $reason: String) {
  decideManagerApproval(approvalId: $approvalId, approve: $approve, reason: $reason) { ${APPROVAL_FIELDS} }
}`;
export const PENDING_APPROVALS = `query Pending { pendingApprovals { ${APPROVAL_FIELDS} } }`;
export const MY_APPROVALS = `query Mine { myApprovals { ${APPROVAL_FIELDS} } }`;
export const ELIGIBILITY = `query Eligibility($personId: ID!) { eligibility(personId: $personId) { personId organisationId entries { ${ELIGIBILITY_FIELDS} } } }`;
export const COACH_PROFILE = `query Profile($personId: ID!) {
  coachProfile(personId: $personId) {
    personId displayName status
    trainingRecords { courseId courseTitle completedOn cpdHours qualifies { programme role } }
    eligibility { ${ELIGIBILITY_FIELDS} }
    accreditation { level trainingHours practiceHours nextLevel progress { level ready missing criteria { criterion required achieved met } } }
  }
}`;
export const AWARD_ACCREDITATION = `mutation Award($personId: ID!, $level: AccreditationLevel!) { awardAccreditation(personId: $personId, level: $level) { level } }`;

export interface TrainingEventReply {
  id: string;
  courseId: string;
  courseTitle: string;
  organisationId: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  placesTaken: number;
  placesLeft: number;
  waitingCount: number;
  status: string;
}

export interface EnrolmentReply {
  trainingEventId: string;
  learnerId: string;
  status: 'ENROLLED' | 'WAITING' | 'CANCELLED';
  waitingPosition: number | null;
  acknowledgedExpectations: boolean;
  attendance: 'ATTENDED' | 'ABSENT' | null;
  completed: boolean;
}

export interface ApprovalReply {
  id: string;
  personId: string;
  personName: string;
  organisationId: string;
  kind: string;
  programme: string;
  status: string;
  lineManagerId: string | null;
  decidedBy: string | null;
  decidedAs: string | null;
  expiresAt: string | null;
}

export interface EligibilityEntry {
  programme: string;
  role: string;
  eligible: boolean;
  reasons: string[];
}

export interface CoachProfileReply {
  personId: string;
  displayName: string;
  status: string;
  trainingRecords: { courseId: string; courseTitle: string; completedOn: string; cpdHours: number; qualifies: { programme: string; role: string }[] }[];
  eligibility: EligibilityEntry[];
  accreditation: {
    level: string | null;
    trainingHours: number;
    practiceHours: number;
    nextLevel: string | null;
    progress: { level: string; ready: boolean; missing: string[]; criteria: { criterion: string; required: number; achieved: number; met: boolean }[] } | null;
  };
}

/** The entry for one programme and role (GraphQL enum names, e.g. GENERAL and COACH); throws when there is none. */
export function entryFor(entries: readonly EligibilityEntry[], programme: string, role: string): EligibilityEntry {
  const entry = entries.find((candidate) => candidate.programme === programme && candidate.role === role);
  if (!entry) throw new Error(`No eligibility entry for ${programme}/${role}; there are: ${entries.map((e) => `${e.programme}/${e.role}`).join(', ')}`);
  return entry;
}

/** The person's eligibility entries as `token` reads them through the gateway; empty while training does not know them. */
export async function eligibilityEntries(platform: TestPlatform, personId: string, token: string): Promise<EligibilityEntry[]> {
  type Reply = { eligibility: { entries: EligibilityEntry[] } | null };
  return dataOf(await platform.graphql<Reply>(ELIGIBILITY, { personId }, token)).eligibility?.entries ?? [];
}

/**
 * Waits until `personId`'s eligibility for `programme`/`role`, read through the gateway as `token`, is `eligible`.
 * Identity's events reach training asynchronously, so every effect of them is awaited rather than read once.
 */
export function waitForEligibility(
  platform: TestPlatform,
  personId: string,
  token: string,
  wanted: { programme: string; role: string; eligible: boolean },
  timeoutMs = 60_000,
): Promise<EligibilityEntry> {
  return waitFor(
    async () => {
      const entry = (await eligibilityEntries(platform, personId, token)).find((candidate) => candidate.programme === wanted.programme && candidate.role === wanted.role);
      return entry?.eligible === wanted.eligible ? entry : undefined;
    },
    { timeoutMs, intervalMs: 250, description: `${personId} to be ${wanted.eligible ? '' : 'in'}eligible for ${wanted.programme}/${wanted.role}` },
  );
}

/**
 * Training seeds its demo after it starts listening, once identity's demo people have reached it. Its last steps are
 * the approvals (the demo coach's among them) and then the foundation day to come, four weeks ahead: with both
 * visible, the seed is done.
 */
export async function waitUntilDemoTrainingSeeded(platform: TestPlatform, coach: { personId: string; organisationId: string; token: string }): Promise<void> {
  await waitForEligibility(platform, coach.personId, coach.token, { programme: 'GENERAL', role: 'COACH', eligible: true }, 180_000);
  const today = londonNow().date;
  await waitFor(
    async () => {
      const variables = { organisationId: coach.organisationId, from: today, to: addDays(today, 60) };
      const { trainingEvents } = dataOf(await platform.graphql<{ trainingEvents: TrainingEventReply[] }>(TRAINING_EVENTS, variables, coach.token));
      return trainingEvents.length > 0;
    },
    { timeoutMs: 60_000, intervalMs: 250, description: "the demo seed's foundation day to come" },
  );
}
