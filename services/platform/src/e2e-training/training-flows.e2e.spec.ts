/**
 * @jest-environment <rootDir>/services/platform/src/testing/e2e-environment.ts
 */
import { Pool } from 'pg';
import { waitFor } from '@tapestry/testing';
import { newPerson, REGISTER_PERSON, type PersonRecord } from '../e2e/identity-operations';
import { dataOf, errorCodes } from '../testing/graphql-client';
import { startTestPlatform, type SignedIn, type TestPlatform } from '../testing/test-platform';
import { addDays, londonNow, slotLaterToday } from './london-today';
import {
  ACKNOWLEDGE,
  AWARD_ACCREDITATION,
  BOOKLET,
  CALENDAR_INVITE,
  CANCEL_ENROLMENT,
  COACH_PROFILE,
  CREATE_COURSE,
  DECIDE_APPROVAL,
  eligibilityEntries,
  ENROL,
  entryFor,
  PENDING_APPROVALS,
  RECORD_ATTENDANCE,
  REQUEST_APPROVAL,
  ROLL,
  SCHEDULE_EVENT,
  TRAINING_EVENT,
  TRAINING_EVENTS,
  waitForEligibility,
  waitUntilDemoTrainingSeeded,
  type ApprovalReply,
  type CoachProfileReply,
  type EnrolmentReply,
  type TrainingEventReply,
} from './training-operations';

jest.setTimeout(30_000);

const NEWCOMER_EMAIL = 'ife.adeyemi@riverside-northgate.example.nhs.uk';
const NEWCOMER_PASSWORD = 'a long walk along the river at dawn';

/** Issue 3's flows through the gateway, on the platform `npm start` runs (embedded transport, demo trust seeded). */
describe('training through the gateway', () => {
  let platform: TestPlatform;
  let trainingDb: Pool;
  const as: Record<string, SignedIn> = {};
  /** A nurse the organisation admin registers for these tests, reporting to the demo line manager. */
  let newcomer: SignedIn;
  let bookletVersion: string;
  let courseId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    trainingDb = new Pool({ connectionString: platform.trainingDatabaseUrl, max: 2 });
    for (const { role } of platform.logins.logins) as[role] = await platform.signInAs(role);
    await waitUntilDemoTrainingSeeded(platform, as.coach);

    const input = newPerson(as.organisation_admin.organisationId, NEWCOMER_EMAIL, { lineManagerId: as.line_manager.personId, initialPassword: NEWCOMER_PASSWORD });
    dataOf(await platform.graphql<{ registerPerson: PersonRecord }>(REGISTER_PERSON, { input }, as.organisation_admin.token));
    newcomer = await platform.signIn(NEWCOMER_EMAIL, NEWCOMER_PASSWORD);
    // Training hears of the newcomer from identity's events; until then it has no eligibility for them at all.
    await waitFor(async () => (await eligibilityEntries(platform, newcomer.personId, newcomer.token)).length > 0, {
      timeoutMs: 30_000,
      intervalMs: 250,
      description: 'training to hear of the newcomer',
    });
    bookletVersion = dataOf(await platform.graphql<{ expectationsBooklet: { version: string } }>(BOOKLET, {}, newcomer.token)).expectationsBooklet.version;
  }, 300_000);
  afterAll(async () => {
    await trainingDb?.end();
    await platform?.stop();
  });

  const enrolmentOf = async (eventId: string, learner: SignedIn): Promise<EnrolmentReply | null> => {
    type Reply = { trainingEvent: (TrainingEventReply & { myEnrolment: EnrolmentReply | null }) | null };
    return dataOf(await platform.graphql<Reply>(TRAINING_EVENT, { id: eventId }, learner.token)).trainingEvent?.myEnrolment ?? null;
  };
  const rollOf = async (eventId: string): Promise<EnrolmentReply[]> => {
    type Reply = { trainingEvent: { enrolments: EnrolmentReply[] } };
    return dataOf(await platform.graphql<Reply>(ROLL, { id: eventId }, as.programme_lead.token)).trainingEvent.enrolments;
  };
  const eventOf = async (eventId: string): Promise<TrainingEventReply | null> =>
    dataOf(await platform.graphql<{ trainingEvent: TrainingEventReply | null }>(TRAINING_EVENT, { id: eventId }, as.programme_lead.token)).trainingEvent;
  const schedule = async (slot: { date: string; startTime: string; endTime: string }, capacity: number): Promise<TrainingEventReply> => {
    const input = { courseId, ...slot, venue: 'Seminar Room 3, Riverside General Hospital', facilitator: 'Dr Priya Raman', capacity };
    return dataOf(await platform.graphql<{ scheduleTrainingEvent: TrainingEventReply }>(SCHEDULE_EVENT, { input }, as.programme_lead.token)).scheduleTrainingEvent;
  };

  describe('a programme lead runs a day of a new course, and staff enrol themselves', () => {
    let day: TrainingEventReply;

    it('creates a course and schedules a day four weeks ahead, which staff then find in the listing', async () => {
      const input = {
        organisationId: as.programme_lead.organisationId,
        title: 'Coaching conversations for ward leaders',
        kind: 'FOUNDATION',
        modules: ['The GROW model', 'Active listening', 'Coaching, mentoring, counselling and therapy'],
        qualifies: [{ programme: 'GENERAL', role: 'COACH' }],
        cpdHours: 6.5,
      };
      const course = dataOf(await platform.graphql<{ createCourse: { id: string; status: string } }>(CREATE_COURSE, { input }, as.programme_lead.token)).createCourse;
      expect(course).toMatchObject({ status: 'OFFERED' });
      courseId = course.id;

      const date = addDays(londonNow().date, 28);
      day = await schedule({ date, startTime: '09:30', endTime: '16:30' }, 2);
      expect(day).toMatchObject({ courseId, date, capacity: 2, placesLeft: 2, waitingCount: 0, status: 'SCHEDULED' });
      const listing = { organisationId: as.staff.organisationId, from: addDays(date, -1), to: addDays(date, 1) };
      const { trainingEvents } = dataOf(await platform.graphql<{ trainingEvents: TrainingEventReply[] }>(TRAINING_EVENTS, listing, as.staff.token));
      expect(trainingEvents.map((event) => event.id)).toContain(day.id);
    });

    it('gives the two places in order, puts the third learner on the waiting list, and refuses a second enrolment', async () => {
      const enrol = async (learner: SignedIn) => dataOf(await platform.graphql<{ enrol: EnrolmentReply }>(ENROL, { id: day.id }, learner.token)).enrol;
      expect(await enrol(as.staff)).toMatchObject({ learnerId: as.staff.personId, status: 'ENROLLED', waitingPosition: null });
      expect(await enrol(as.analyst)).toMatchObject({ learnerId: as.analyst.personId, status: 'ENROLLED' });
      expect(await enrol(newcomer)).toMatchObject({ learnerId: newcomer.personId, status: 'WAITING', waitingPosition: 1 });

      expect(errorCodes(await platform.graphql(ENROL, { id: day.id }, as.staff.token))).toEqual(['ALREADY_ENROLLED']);
      expect(await eventOf(day.id)).toMatchObject({ placesTaken: 2, placesLeft: 0, waitingCount: 1 });
    });

    it('promotes the first waiting learner when a place is given up', async () => {
      const cancelled = dataOf(await platform.graphql<{ cancelEnrolment: EnrolmentReply }>(CANCEL_ENROLMENT, { id: day.id }, as.staff.token)).cancelEnrolment;
      expect(cancelled).toMatchObject({ learnerId: as.staff.personId, status: 'CANCELLED' });
      expect(await enrolmentOf(day.id, newcomer)).toMatchObject({ status: 'ENROLLED', waitingPosition: null });
      expect(await eventOf(day.id)).toMatchObject({ placesTaken: 2, placesLeft: 0, waitingCount: 0 });
      const enrolled = (await rollOf(day.id)).filter((enrolment) => enrolment.status === 'ENROLLED').map((enrolment) => enrolment.learnerId);
      expect(enrolled.sort()).toEqual([as.analyst.personId, newcomer.personId].sort());
    });

    it('takes the booklet acknowledgement, and refuses the register before the day with EVENT_NOT_STARTED', async () => {
      const acknowledged = dataOf(await platform.graphql<{ acknowledgeExpectations: EnrolmentReply }>(ACKNOWLEDGE, { id: day.id, version: bookletVersion }, newcomer.token));
      expect(acknowledged.acknowledgeExpectations).toMatchObject({ acknowledgedExpectations: true, completed: false });

      const register = { id: day.id, learnerId: newcomer.personId, attendance: 'ATTENDED' };
      expect(errorCodes(await platform.graphql(RECORD_ATTENDANCE, register, as.programme_lead.token))).toEqual(['EVENT_NOT_STARTED']);
      expect(await enrolmentOf(day.id, newcomer)).toMatchObject({ attendance: null, completed: false });
    });

    it('sends a calendar invitation for the day', async () => {
      const { trainingEvent } = dataOf(await platform.graphql<{ trainingEvent: { calendarInvite: string } }>(CALENDAR_INVITE, { id: day.id }, newcomer.token));
      const invite = trainingEvent.calendarInvite;
      expect(invite.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(invite.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
      expect(invite).toMatch(/^BEGIN:VEVENT\r$/m);
      expect(invite).toMatch(/^DTSTART:\d{8}T\d{6}Z\r$/m);
      expect(invite.replace(/\r\n /g, '')).toContain('Coaching conversations for ward leaders');
    });
  });

  describe("a line manager's approval", () => {
    let approval: ApprovalReply;

    it("routes the newcomer's request to their current line manager, who sees it waiting", async () => {
      const request = { kind: 'PRACTISE_AS_COACH', programme: 'GENERAL' };
      approval = dataOf(await platform.graphql<{ requestManagerApproval: ApprovalReply }>(REQUEST_APPROVAL, request, newcomer.token)).requestManagerApproval;
      expect(approval).toMatchObject({ personId: newcomer.personId, status: 'PENDING', lineManagerId: as.line_manager.personId });

      const { pendingApprovals } = dataOf(await platform.graphql<{ pendingApprovals: ApprovalReply[] }>(PENDING_APPROVALS, {}, as.line_manager.token));
      expect(pendingApprovals.find((pending) => pending.id === approval.id)).toMatchObject({ personId: newcomer.personId, personName: 'Alex Morgan' });
      // The demo seed leaves two of the line manager's reports waiting too.
      expect(pendingApprovals).toHaveLength(3);
    });

    it('refuses a colleague who is not the line manager with NOT_LINE_MANAGER, and the request stays pending', async () => {
      const decision = { approvalId: approval.id, approve: true, reason: null };
      const reply = await platform.graphql(DECIDE_APPROVAL, decision, as.staff.token);
      expect(errorCodes(reply)).toEqual(['NOT_LINE_MANAGER']);
      const { pendingApprovals } = dataOf(await platform.graphql<{ pendingApprovals: ApprovalReply[] }>(PENDING_APPROVALS, {}, as.line_manager.token));
      expect(pendingApprovals.find((pending) => pending.id === approval.id)?.status).toBe('PENDING');
    });

    it('is approved by the line manager, and leaves their waiting list', async () => {
      const decision = { approvalId: approval.id, approve: true, reason: 'Yes: an hour and a half a month is fine on this ward.' };
      const decided = dataOf(await platform.graphql<{ decideManagerApproval: ApprovalReply }>(DECIDE_APPROVAL, decision, as.line_manager.token)).decideManagerApproval;
      expect(decided).toMatchObject({ status: 'APPROVED', decidedBy: as.line_manager.personId, decidedAs: 'LINE_MANAGER' });
      expect(decided.expiresAt).not.toBeNull();
      const { pendingApprovals } = dataOf(await platform.graphql<{ pendingApprovals: ApprovalReply[] }>(PENDING_APPROVALS, {}, as.line_manager.token));
      expect(pendingApprovals.map((pending) => pending.id)).not.toContain(approval.id);
      // Approved but not yet trained for the course's programme and role.
      expect(entryFor(await eligibilityEntries(platform, newcomer.personId, newcomer.token), 'GENERAL', 'COACH')).toMatchObject({
        eligible: false,
        reasons: ['NOT_TRAINED'],
      });
    });
  });

  describe('a day held today', () => {
    it('completes the training only of learners who acknowledged the booklet, and the approved newcomer becomes eligible', async () => {
      // Enrolment and the booklet close when the day starts; the register opens on the day: a slot later today has both.
      const today = await schedule(await slotLaterToday(5), 10);
      for (const learner of [newcomer, as.staff]) dataOf(await platform.graphql(ENROL, { id: today.id }, learner.token));
      dataOf(await platform.graphql(ACKNOWLEDGE, { id: today.id, version: bookletVersion }, newcomer.token));

      const staffAttended = { id: today.id, learnerId: as.staff.personId, attendance: 'ATTENDED' };
      expect(errorCodes(await platform.graphql(RECORD_ATTENDANCE, staffAttended, as.programme_lead.token))).toEqual(['EXPECTATIONS_NOT_ACKNOWLEDGED']);
      expect(await enrolmentOf(today.id, as.staff)).toMatchObject({ attendance: null, completed: false });

      const newcomerAttended = { id: today.id, learnerId: newcomer.personId, attendance: 'ATTENDED' };
      const recorded = dataOf(await platform.graphql<{ recordAttendance: EnrolmentReply }>(RECORD_ATTENDANCE, newcomerAttended, as.programme_lead.token));
      expect(recorded.recordAttendance).toMatchObject({ attendance: 'ATTENDED', completed: true });

      expect(await waitForEligibility(platform, newcomer.personId, newcomer.token, { programme: 'GENERAL', role: 'COACH', eligible: true }, 10_000)).toMatchObject({
        reasons: [],
      });
      const profile = dataOf(await platform.graphql<{ coachProfile: CoachProfileReply }>(COACH_PROFILE, { personId: newcomer.personId }, newcomer.token)).coachProfile;
      expect(profile.trainingRecords).toEqual([
        expect.objectContaining({ courseId, completedOn: today.date, cpdHours: 6.5, qualifies: [{ programme: 'GENERAL', role: 'COACH' }] }),
      ]);
    }, 600_000);
  });

  describe('coach profiles and accreditation', () => {
    const profileOf = (personId: string, token: string) => platform.graphql<{ coachProfile: CoachProfileReply | null }>(COACH_PROFILE, { personId }, token);

    it('shows the demo coach their training, eligibility and progress towards the first level', async () => {
      const profile = dataOf(await profileOf(as.coach.personId, as.coach.token)).coachProfile;
      expect(profile?.trainingRecords.map((record) => record.courseTitle)).toContain('Coaching and mentoring foundation day');
      expect(entryFor(profile?.eligibility ?? [], 'GENERAL', 'COACH')).toEqual({ programme: 'GENERAL', role: 'COACH', eligible: true, reasons: [] });
      expect(entryFor(profile?.eligibility ?? [], 'TEAM_COACHING', 'COACH')).toMatchObject({ eligible: false, reasons: expect.arrayContaining(['NOT_TRAINED']) as unknown });

      const accreditation = profile?.accreditation;
      expect(accreditation).toMatchObject({ level: null, nextLevel: 'FOUNDATION', trainingHours: 6.5, progress: { level: 'FOUNDATION', ready: false } });
      const criteria = Object.fromEntries((accreditation?.progress?.criteria ?? []).map((criterion) => [criterion.criterion, criterion]));
      expect(criteria.TRAINING_HOURS).toMatchObject({ achieved: 6.5, met: true });
      expect(criteria.PRACTICE_HOURS).toMatchObject({ achieved: 0, met: false });
      expect(accreditation?.progress?.missing.length).toBeGreaterThan(0);
    });

    it("refuses the coach another coach's profile, and an analyst the coach's, with FORBIDDEN", async () => {
      const coachReadsMentor = await profileOf(as.mentor.personId, as.coach.token);
      expect(errorCodes(coachReadsMentor)).toEqual(['FORBIDDEN']);
      expect(coachReadsMentor.body.data?.coachProfile ?? null).toBeNull();
      const analystReadsCoach = await profileOf(as.coach.personId, as.analyst.token);
      expect(errorCodes(analystReadsCoach)).toEqual(['FORBIDDEN']);
      expect(analystReadsCoach.body.data?.coachProfile ?? null).toBeNull();
    });

    it('refuses a level without the evidence for it with INSUFFICIENT_EVIDENCE, and writes nothing', async () => {
      const stream = `accreditation-${as.coach.personId}`;
      const countEvents = async (): Promise<number> =>
        Number((await trainingDb.query<{ count: string }>('SELECT count(*) FROM events WHERE stream_id = $1', [stream])).rows[0].count);
      const before = await countEvents();

      const reply = await platform.graphql(AWARD_ACCREDITATION, { personId: as.coach.personId, level: 'FOUNDATION' }, as.programme_lead.token);
      expect(errorCodes(reply)).toEqual(['INSUFFICIENT_EVIDENCE']);
      expect(reply.body.errors?.[0]?.message).toMatch(/coaching or mentoring/);

      expect(await countEvents()).toBe(before);
      const profile = dataOf(await profileOf(as.coach.personId, as.coach.token)).coachProfile;
      expect(profile?.accreditation.level).toBeNull();
    });
  });
});
