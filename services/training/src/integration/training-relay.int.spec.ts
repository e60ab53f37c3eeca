import { randomUUID } from 'node:crypto';
import { decodeTrainingEvent, type TrainingEvent } from '@tapestry/contracts';
import type { Subscription } from '@tapestry/messaging';
import { waitFor } from '@tapestry/testing';
import { completeCourse, createCourse, principalOf, startTrainingTestApp, type TrainingTestApp } from '../testing';
import { TRAINING_TOPIC } from './training-relay';

// A whole service on a shared 2-core machine: starting it can be slow under load.
jest.setTimeout(60_000);

describe('training relay', () => {
  let app: TrainingTestApp;
  let subscription: Subscription | undefined;

  beforeAll(async () => {
    app = await startTrainingTestApp();
    app.clock.set('2030-03-01T09:00:00.000Z');
  });

  afterAll(async () => {
    await subscription?.stop();
    await app.close();
  });

  it('publishes courses, training days and completions to tapestry.training.v1, and keeps enrolments inside', async () => {
    const received: { key: string; type: string | undefined; event: TrainingEvent }[] = [];
    subscription = await app.transport.subscribe({
      groupId: `relay-test-${randomUUID()}`,
      topics: [TRAINING_TOPIC],
      fromBeginning: true,
      handler: (message) => {
        received.push({ key: message.key, type: message.headers['event-type'], event: decodeTrainingEvent(message.value) });
        return Promise.resolve();
      },
    });
    const organisationId = randomUUID();
    const lead = principalOf(await app.people.withRole(organisationId, 'programme_lead'));
    const learner = principalOf(await app.people.add({ organisationId }));
    const course = await createCourse(app, lead);
    const day = await completeCourse(app, lead, learner, course.id);

    await waitFor(() => received.some((message) => message.event.event.case === 'courseCompleted'), { timeoutMs: 10_000 });
    // Other features may react to the completion (eligibility) with events of their own after it.
    const types = received.map((message) => message.type);
    expect(types.slice(0, 3)).toEqual(['CourseCreated', 'TrainingEventScheduled', 'TrainingCompleted']);
    for (const internal of ['LearnerEnrolled', 'ExpectationsAcknowledged', 'AttendanceRecorded']) expect(types).not.toContain(internal);
    const completed = received[2];
    expect(completed.key).toBe(`training-event-${day.id}`);
    expect(completed.event.envelope?.organisationId).toBe(organisationId);
    expect(completed.event.event).toMatchObject({
      case: 'courseCompleted',
      value: { personId: learner.personId, courseId: course.id, trainingEventId: day.id, completedOn: day.date },
    });
  });
});
