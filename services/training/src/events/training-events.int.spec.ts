import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import { EXPECTATIONS_BOOKLET } from './booklet';
import {
  ACKNOWLEDGE,
  CANCEL_ENROLMENT,
  CANCEL_EVENT,
  codesOf,
  completeCourse,
  createCourse,
  dataOf,
  ENROL,
  type EnrolmentReply,
  moveToEventDay,
  principalOf,
  RECORD_ATTENDANCE,
  scheduleEvent,
  startTrainingTestApp,
  type TrainingEventReply,
  type TrainingTestApp,
} from '../testing';

// A whole service on a shared 2-core machine: starting it can be slow under load.
jest.setTimeout(60_000);

describe('training events through GraphQL', () => {
  let app: TrainingTestApp;
  let organisationId: string;
  let lead: Principal;
  let learner: Principal;

  beforeAll(async () => {
    app = await startTrainingTestApp();
    app.clock.set('2030-03-01T09:00:00.000Z');
    organisationId = randomUUID();
    lead = principalOf(await app.people.withRole(organisationId, 'programme_lead', 'Lee Lead'));
    learner = principalOf(await app.people.add({ organisationId, displayName: 'Asha Learner' }));
  });

  afterAll(() => app.close());

  beforeEach(() => app.clock.set('2030-03-01T09:00:00.000Z'));

  it('takes a learner from enrolment to a training record that lapses after the course validity', async () => {
    const course = await createCourse(app, lead, { validityMonths: 24 });
    expect(course).toMatchObject({ status: 'OFFERED', cpdHours: 6.5, qualifies: [{ programme: 'GENERAL', role: 'COACH' }, { programme: 'GENERAL', role: 'MENTOR' }] });

    const event = await completeCourse(app, lead, learner, course.id);

    const roster = dataOf(
      await app.graphql<{ trainingEvent: { enrolments: EnrolmentReply[] } }>(
        'query ($id: ID!) { trainingEvent(id: $id) { enrolments { learnerId status acknowledgedExpectations attendance completed } } }',
        { id: event.id },
        lead,
      ),
    ).trainingEvent.enrolments;
    expect(roster).toEqual([{ learnerId: learner.personId, status: 'ENROLLED', acknowledgedExpectations: true, attendance: 'ATTENDED', completed: true }]);
    const { rows } = await app.pool.query(
      "SELECT course_title, programme_qualifications, to_char(completed_on, 'YYYY-MM-DD') AS completed_on, to_char(lapses_on, 'YYYY-MM-DD') AS lapses_on, cpd_hours::float AS cpd_hours FROM training_records WHERE person_id = $1",
      [learner.personId],
    );
    expect(rows).toEqual([
      {
        course_title: 'Foundation coaching and mentoring day',
        programme_qualifications: [{ programme: 'general', role: 'coach' }, { programme: 'general', role: 'mentor' }],
        completed_on: '2030-03-31',
        lapses_on: '2032-03-31',
        cpd_hours: 6.5,
      },
    ]);
  });

  it('lists training events in a date range with their places, and gives each a calendar invitation', async () => {
    const course = await createCourse(app, lead, { title: 'Ethical mentoring', kind: 'ETHICAL_MENTORING', qualifies: [] });
    const inRange = await scheduleEvent(app, lead, course.id, { date: '2030-04-10', capacity: 12, onlineLink: 'https://meet.example/ethics' });
    await scheduleEvent(app, lead, course.id, { date: '2030-06-10' });
    dataOf(await app.graphql(ENROL, { id: inRange.id }, learner));

    const listed = dataOf(
      await app.graphql<{ trainingEvents: (TrainingEventReply & { courseTitle: string; calendarInvite: string; myEnrolment: { status: string } | null })[] }>(
        'query ($org: ID!) { trainingEvents(organisationId: $org, from: "2030-04-01", to: "2030-04-30") { id courseTitle date capacity placesTaken placesLeft calendarInvite myEnrolment { status } } }',
        { org: organisationId },
        learner,
      ),
    ).trainingEvents;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: inRange.id, courseTitle: 'Ethical mentoring', date: '2030-04-10', capacity: 12, placesTaken: 1, placesLeft: 11, myEnrolment: { status: 'ENROLLED' } });
    expect(listed[0].calendarInvite).toContain('BEGIN:VEVENT\r\n');
    expect(listed[0].calendarInvite).toContain(`UID:${inRange.id}@training.tapestry`);
    expect(listed[0].calendarInvite).toContain('DTSTART:20300410T083000Z');

    const file = await app.get(`/training-events/${inRange.id}/invite.ics`, learner);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('text/calendar');
    expect(await file.text()).toBe(listed[0].calendarInvite);
    expect((await app.get(`/training-events/${inRange.id}/invite.ics`)).status).toBe(401);
    const outsider = principalOf(await app.people.add({ organisationId: randomUUID() }));
    expect((await app.get(`/training-events/${inRange.id}/invite.ics`, outsider)).status).toBe(403);
  });

  it('serves the pre-training booklet the learner acknowledges', async () => {
    const booklet = dataOf(
      await app.graphql<{ expectationsBooklet: { version: string; text: string; maxPeopleAtATime: number; maxSessionHours: number; maxMonths: number } }>(
        '{ expectationsBooklet { version text maxPeopleAtATime maxSessionHours maxMonths } }',
        {},
        learner,
      ),
    ).expectationsBooklet;
    expect(booklet).toMatchObject({ version: EXPECTATIONS_BOOKLET.version, maxPeopleAtATime: 2, maxSessionHours: 1.5, maxMonths: 6 });
    expect(booklet.text).toContain('not counselling or therapy');
  });

  it('promotes the first waiting learner when a place is given up, and ends every place when the event is cancelled', async () => {
    const course = await createCourse(app, lead);
    const event = await scheduleEvent(app, lead, course.id, { capacity: 1 });
    const [first, second, third] = await Promise.all([1, 2, 3].map(async (n) => principalOf(await app.people.add({ organisationId, displayName: `Learner ${n}` }))));
    expect(dataOf(await app.graphql<{ enrol: EnrolmentReply }>(ENROL, { id: event.id }, first)).enrol.status).toBe('ENROLLED');
    expect(dataOf(await app.graphql<{ enrol: EnrolmentReply }>(ENROL, { id: event.id }, second)).enrol).toMatchObject({ status: 'WAITING', waitingPosition: 1 });
    expect(dataOf(await app.graphql<{ enrol: EnrolmentReply }>(ENROL, { id: event.id, learnerId: third.personId }, lead)).enrol).toMatchObject({ status: 'WAITING', waitingPosition: 2 });

    expect(dataOf(await app.graphql<{ cancelEnrolment: EnrolmentReply }>(CANCEL_ENROLMENT, { id: event.id }, first)).cancelEnrolment.status).toBe('CANCELLED');
    const roster = dataOf(
      await app.graphql<{ trainingEvent: { placesTaken: number; waitingCount: number; enrolments: EnrolmentReply[] } }>(
        'query ($id: ID!) { trainingEvent(id: $id) { placesTaken waitingCount enrolments { learnerId status waitingPosition } } }',
        { id: event.id },
        lead,
      ),
    ).trainingEvent;
    expect(roster).toEqual({
      placesTaken: 1,
      waitingCount: 1,
      enrolments: [
        { learnerId: second.personId, status: 'ENROLLED', waitingPosition: null },
        { learnerId: third.personId, status: 'WAITING', waitingPosition: 1 },
        { learnerId: first.personId, status: 'CANCELLED', waitingPosition: null },
      ],
    });

    const cancelled = dataOf(await app.graphql<{ cancelTrainingEvent: TrainingEventReply & { cancelReason: string } }>(CANCEL_EVENT, { id: event.id, reason: 'Facilitator ill' }, lead));
    expect(cancelled.cancelTrainingEvent).toMatchObject({ status: 'CANCELLED', cancelReason: 'Facilitator ill', placesTaken: 0, waitingCount: 0 });
    const invite = dataOf(await app.graphql<{ trainingEvent: { calendarInvite: string } }>('query ($id: ID!) { trainingEvent(id: $id) { calendarInvite } }', { id: event.id }, second));
    expect(invite.trainingEvent.calendarInvite).toContain('STATUS:CANCELLED');
  });

  it('lets only organisers run events, and learners act only for themselves', async () => {
    const course = await createCourse(app, lead);
    const event = await scheduleEvent(app, lead, course.id);
    const other = principalOf(await app.people.add({ organisationId }));
    const elsewhere = principalOf(await app.people.withRole(randomUUID(), 'programme_lead'));
    const attempts = [
      await app.graphql('mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }', {
        input: { organisationId, title: 'Mine', kind: 'REFRESHER', modules: ['Recap'], cpdHours: 2 },
      }, learner),
      await app.graphql('mutation ($input: ScheduleTrainingEventInput!) { scheduleTrainingEvent(input: $input) { id } }', {
        input: { courseId: course.id, date: '2030-05-01', startTime: '09:00', endTime: '12:00', venue: 'Room 1', facilitator: 'X', capacity: 5 },
      }, elsewhere),
      await app.graphql(ENROL, { id: event.id, learnerId: other.personId }, learner),
      await app.graphql(RECORD_ATTENDANCE, { id: event.id, learnerId: learner.personId, attendance: 'ATTENDED' }, learner),
      await app.graphql(ENROL, { id: event.id }, elsewhere),
    ];
    expect(attempts.map(codesOf)).toEqual([['FORBIDDEN'], ['FORBIDDEN'], ['FORBIDDEN'], ['FORBIDDEN'], ['FORBIDDEN']]);
    expect(codesOf(await app.graphql(ENROL, { id: event.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('enrols someone who gave up their place again at the back of the line', async () => {
    const course = await createCourse(app, lead);
    const event = await scheduleEvent(app, lead, course.id, { capacity: 1 });
    const holder = principalOf(await app.people.add({ organisationId }));
    dataOf(await app.graphql(ENROL, { id: event.id }, holder));
    dataOf(await app.graphql(ENROL, { id: event.id }, learner));
    dataOf(await app.graphql(CANCEL_ENROLMENT, { id: event.id }, learner));
    const again = dataOf(await app.graphql<{ enrol: EnrolmentReply }>(ENROL, { id: event.id }, learner)).enrol;
    expect(again).toMatchObject({ status: 'WAITING', waitingPosition: 1, acknowledgedExpectations: false });
    dataOf(await app.graphql(ACKNOWLEDGE, { id: event.id, version: EXPECTATIONS_BOOKLET.version }, learner));
    moveToEventDay(app, event);
    expect(codesOf(await app.graphql(RECORD_ATTENDANCE, { id: event.id, learnerId: learner.personId, attendance: 'ATTENDED' }, lead))).toEqual(['NOT_ENROLLED']);
  });
});
