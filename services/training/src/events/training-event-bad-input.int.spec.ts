import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import { EXPECTATIONS_BOOKLET } from './booklet';
import {
  ACKNOWLEDGE,
  CANCEL_EVENT,
  codesOf,
  type CourseReply,
  createCourse,
  CREATE_COURSE,
  dataOf,
  ENROL,
  eventCount,
  type GraphQLReply,
  moveToEventDay,
  principalOf,
  RECORD_ATTENDANCE,
  SCHEDULE,
  scheduleEvent,
  startTrainingTestApp,
  type TrainingTestApp,
} from '../testing';

/** Each bad input of issue 3 for courses and training events: a stable code, and not one event written. */

// A whole service on a shared 2-core machine: starting it can be slow under load.
jest.setTimeout(60_000);

describe('bad input to courses and training events', () => {
  let app: TrainingTestApp;
  let organisationId: string;
  let lead: Principal;
  let learner: Principal;
  let course: CourseReply;

  const NOW = '2030-03-01T09:00:00.000Z';

  async function refusedWith(code: string, attempt: () => Promise<GraphQLReply<unknown>>): Promise<void> {
    const before = await eventCount(app);
    const reply = await attempt();
    expect(codesOf(reply)).toEqual([code]);
    expect(reply.data ?? null).toBeNull();
    expect(await eventCount(app)).toBe(before);
  }

  beforeAll(async () => {
    app = await startTrainingTestApp();
    app.clock.set(NOW);
    organisationId = randomUUID();
    lead = principalOf(await app.people.withRole(organisationId, 'organisation_admin'));
    learner = principalOf(await app.people.add({ organisationId }));
    course = await createCourse(app, lead);
  });

  afterAll(() => app.close());

  beforeEach(() => app.clock.set(NOW));

  it('refuses enrolling twice, whether holding a place or waiting', async () => {
    const event = await scheduleEvent(app, lead, course.id, { capacity: 1 });
    dataOf(await app.graphql(ENROL, { id: event.id }, learner));
    await refusedWith('ALREADY_ENROLLED', () => app.graphql(ENROL, { id: event.id }, learner));
    const waiting = principalOf(await app.people.add({ organisationId }));
    dataOf(await app.graphql(ENROL, { id: event.id }, waiting));
    await refusedWith('ALREADY_ENROLLED', () => app.graphql(ENROL, { id: event.id, learnerId: waiting.personId }, lead));
  });

  it('refuses enrolling in an event that has started or passed', async () => {
    const event = await scheduleEvent(app, lead, course.id);
    moveToEventDay(app, event);
    await refusedWith('EVENT_IN_PAST', () => app.graphql(ENROL, { id: event.id }, learner));
  });

  it('refuses enrolling in a cancelled event', async () => {
    const event = await scheduleEvent(app, lead, course.id);
    dataOf(await app.graphql(CANCEL_EVENT, { id: event.id, reason: 'Venue flooded' }, lead));
    await refusedWith('EVENT_CANCELLED', () => app.graphql(ENROL, { id: event.id }, learner));
  });

  it('refuses enrolling in an event that does not exist, or by an id that is no id', async () => {
    await refusedWith('NOT_FOUND', () => app.graphql(ENROL, { id: randomUUID() }, learner));
    await refusedWith('BAD_USER_INPUT', () => app.graphql(ENROL, { id: 'event-1' }, learner));
  });

  it('refuses enrolling someone who has left', async () => {
    const event = await scheduleEvent(app, lead, course.id);
    const leaver = principalOf(await app.people.add({ organisationId, status: 'left' }));
    await refusedWith('PERSON_LEFT', () => app.graphql(ENROL, { id: event.id }, leaver));
  });

  it('refuses attendance for someone not enrolled, or only waiting', async () => {
    const event = await scheduleEvent(app, lead, course.id, { capacity: 1 });
    const holder = principalOf(await app.people.add({ organisationId }));
    dataOf(await app.graphql(ENROL, { id: event.id }, holder));
    dataOf(await app.graphql(ENROL, { id: event.id }, learner));
    moveToEventDay(app, event);
    const stranger = randomUUID();
    await refusedWith('NOT_ENROLLED', () => app.graphql(RECORD_ATTENDANCE, { id: event.id, learnerId: stranger, attendance: 'ATTENDED' }, lead));
    await refusedWith('NOT_ENROLLED', () => app.graphql(RECORD_ATTENDANCE, { id: event.id, learnerId: learner.personId, attendance: 'ATTENDED' }, lead));
  });

  it('refuses completing without acknowledging the booklet, but records an absence', async () => {
    const event = await scheduleEvent(app, lead, course.id);
    dataOf(await app.graphql(ENROL, { id: event.id }, learner));
    moveToEventDay(app, event);
    await refusedWith('EXPECTATIONS_NOT_ACKNOWLEDGED', () =>
      app.graphql(RECORD_ATTENDANCE, { id: event.id, learnerId: learner.personId, attendance: 'ATTENDED' }, lead),
    );
    const { rows } = await app.pool.query('SELECT 1 FROM training_records WHERE person_id = $1', [learner.personId]);
    expect(rows).toEqual([]);
    expect(dataOf(await app.graphql<{ recordAttendance: { attendance: string; completed: boolean } }>(
      RECORD_ATTENDANCE,
      { id: event.id, learnerId: learner.personId, attendance: 'ABSENT' },
      lead,
    )).recordAttendance).toMatchObject({ attendance: 'ABSENT', completed: false });
  });

  it('refuses an acknowledgement of an old booklet, and attendance before the day', async () => {
    const event = await scheduleEvent(app, lead, course.id);
    dataOf(await app.graphql(ENROL, { id: event.id }, learner));
    await refusedWith('BAD_USER_INPUT', () => app.graphql(ACKNOWLEDGE, { id: event.id, version: '2019-1' }, learner));
    dataOf(await app.graphql(ACKNOWLEDGE, { id: event.id, version: EXPECTATIONS_BOOKLET.version }, learner));
    await refusedWith('EVENT_NOT_STARTED', () => app.graphql(RECORD_ATTENDANCE, { id: event.id, learnerId: learner.personId, attendance: 'ATTENDED' }, lead));
  });

  it.each([
    ['no places', 0],
    ['negative places', -5],
    ['a fraction of a place', 2.5],
    ['more places than any room', 100000],
  ])('refuses a training event with %s', async (_case, capacity) => {
    await refusedWith('BAD_USER_INPUT', () =>
      app.graphql(SCHEDULE, { input: { courseId: course.id, date: '2030-04-01', startTime: '09:30', endTime: '16:30', venue: 'Room 1', facilitator: 'Dr Raman', capacity } }, lead),
    );
  });

  it.each([
    ['in the past', { date: '2030-02-01' }, 'EVENT_IN_PAST'],
    ['ending before it starts', { startTime: '16:30', endTime: '09:30' }, 'BAD_USER_INPUT'],
    ['on no real day', { date: '2030-02-30' }, 'BAD_USER_INPUT'],
    ['with nowhere to go', { venue: null, onlineLink: null }, 'BAD_USER_INPUT'],
    ['with a link that is not https', { onlineLink: 'http://meet.example/x' }, 'BAD_USER_INPUT'],
    ['of a course that does not exist', { courseId: randomUUID() }, 'NOT_FOUND'],
  ])('refuses a training event %s', async (_case, change, code) => {
    const input = { courseId: course.id, date: '2030-04-01', startTime: '09:30', endTime: '16:30', venue: 'Room 1', facilitator: 'Dr Raman', capacity: 10, ...change };
    await refusedWith(code, () => app.graphql(SCHEDULE, { input }, lead));
  });

  it.each([
    ['negative CPD hours', { cpdHours: -1 }],
    ['no CPD hours', { cpdHours: 0 }],
    ['absurd CPD hours', { cpdHours: 5000 }],
    ['CPD hours finer than a quarter', { cpdHours: 1.1 }],
    ['a validity of no months', { validityMonths: 0 }],
    ['no modules', { modules: [] }],
    ['an empty title', { title: '   ' }],
  ])('refuses a course with %s', async (_case, change) => {
    const input = { organisationId, title: 'Refresher', kind: 'REFRESHER', modules: ['Recap'], qualifies: [], cpdHours: 3, validityMonths: 12, ...change };
    await refusedWith('BAD_USER_INPUT', () => app.graphql<{ createCourse: CourseReply }>(CREATE_COURSE, { input }, lead));
  });

  it('refuses a listing whose range is back to front or longer than a year', async () => {
    const list = (from: string, to: string) =>
      app.graphql('query ($org: ID!, $from: String!, $to: String!) { trainingEvents(organisationId: $org, from: $from, to: $to) { id } }', { org: organisationId, from, to }, learner);
    expect(codesOf(await list('2030-05-01', '2030-04-01'))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await list('2030-01-01', '2032-01-01'))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await list('yesterday', '2030-01-01'))).toEqual(['BAD_USER_INPUT']);
  });
});
