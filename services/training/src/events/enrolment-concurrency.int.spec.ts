import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import {
  CANCEL_ENROLMENT,
  createCourse,
  dataOf,
  ENROL,
  type EnrolmentReply,
  principalOf,
  scheduleEvent,
  startTrainingTestApp,
  type TrainingTestApp,
} from '../testing';
import { trainingEventStream } from './training-event-writes';

const LEARNERS = 50;
const PLACES = 20;

// A whole service on a shared 2-core machine: starting it and fifty concurrent writers can be slow under load.
jest.setTimeout(60_000);

describe('enrolment under load', () => {
  let app: TrainingTestApp;

  beforeAll(async () => {
    app = await startTrainingTestApp();
    app.clock.set('2030-03-01T09:00:00.000Z');
  });

  afterAll(() => app.close());

  it('gives exactly 20 of 50 simultaneous learners a place, queues the other 30 in order, loses none, then promotes the first waiting', async () => {
    const organisationId = randomUUID();
    const lead = principalOf(await app.people.withRole(organisationId, 'programme_lead'));
    const course = await createCourse(app, lead);
    const event = await scheduleEvent(app, lead, course.id, { capacity: PLACES });
    const learners: Principal[] = [];
    for (let n = 0; n < LEARNERS; n++) learners.push(principalOf(await app.people.add({ organisationId, displayName: `Learner ${n}` })));

    const replies = await Promise.all(learners.map((learner) => app.graphql<{ enrol: EnrolmentReply }>(ENROL, { id: event.id }, learner)));
    const enrolments = replies.map((reply) => dataOf(reply).enrol);

    expect(enrolments.filter((enrolment) => enrolment.status === 'ENROLLED')).toHaveLength(PLACES);
    const waiting = enrolments.filter((enrolment) => enrolment.status === 'WAITING');
    expect(waiting.map((enrolment) => enrolment.waitingPosition).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: LEARNERS - PLACES }, (_, index) => index + 1),
    );

    const stream = await app.store.events.readStream(trainingEventStream(event.id));
    const decided = stream.filter((recorded) => recorded.type === 'LearnerEnrolled' || recorded.type === 'LearnerWaitlisted');
    const learnerOf = (recorded: (typeof stream)[number]) => (recorded.data as { learnerId: string }).learnerId;
    expect(new Set(decided.map(learnerOf))).toEqual(new Set(learners.map((learner) => learner.personId)));
    expect(decided.slice(0, PLACES).every((recorded) => recorded.type === 'LearnerEnrolled')).toBe(true);
    const streamQueue = decided.slice(PLACES).map((recorded) => {
      expect(recorded.type).toBe('LearnerWaitlisted');
      return learnerOf(recorded);
    });
    const queueOf = (list: EnrolmentReply[]) => [...list].sort((a, b) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0)).map((e) => e.learnerId);
    expect(queueOf(waiting)).toEqual(streamQueue);

    const roster = async () =>
      dataOf(
        await app.graphql<{ trainingEvent: { placesTaken: number; waitingCount: number; enrolments: EnrolmentReply[] } }>(
          'query ($id: ID!) { trainingEvent(id: $id) { placesTaken waitingCount enrolments { learnerId status waitingPosition } } }',
          { id: event.id },
          lead,
        ),
      ).trainingEvent;
    const before = await roster();
    expect(before).toMatchObject({ placesTaken: PLACES, waitingCount: LEARNERS - PLACES });
    expect(queueOf(before.enrolments.filter((e) => e.status === 'WAITING'))).toEqual(streamQueue);

    const leaving = enrolments.find((enrolment) => enrolment.status === 'ENROLLED');
    const leaver = learners.find((learner) => learner.personId === leaving?.learnerId) as Principal;
    dataOf(await app.graphql(CANCEL_ENROLMENT, { id: event.id }, leaver));

    const after = await roster();
    expect(after).toMatchObject({ placesTaken: PLACES, waitingCount: LEARNERS - PLACES - 1 });
    expect(after.enrolments.find((e) => e.learnerId === streamQueue[0])).toMatchObject({ status: 'ENROLLED', waitingPosition: null });
    expect(queueOf(after.enrolments.filter((e) => e.status === 'WAITING'))).toEqual(streamQueue.slice(1));
    expect(after.enrolments.filter((e) => e.status === 'WAITING').map((e) => e.waitingPosition)).toEqual(
      Array.from({ length: LEARNERS - PLACES - 1 }, (_, index) => index + 1),
    );
  });
});
