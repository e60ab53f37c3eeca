import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import { dlqFor, RelationshipRole } from '@tapestry/contracts';
import type { IncomingMessage, Subscription } from '@tapestry/messaging';
import { waitFor } from '@tapestry/testing';
import { dataOf, principalOf, startTrainingTestApp, type TrainingTestApp } from '../testing';
import { MATCHING_TOPIC } from './practice-evidence.consumer';
import { matchingMessage, publish, rawMessage, sessionLogged, supervisionMessage, supervisionSessionHeld } from './practice-evidence.fixtures';

// A whole service on a shared 2-core machine: starting it can be slow under load.
jest.setTimeout(90_000);

const ACCREDITATION = 'query($id: ID!) { accreditation(personId: $id) { practiceHours supervisionHours } }';

interface Hours {
  practiceHours: number;
  supervisionHours: number;
}

describe("training: practice evidence from matching's and supervision's events", () => {
  let training: TrainingTestApp;
  let deadLetters: Subscription;
  const deadLettered: IncomingMessage[] = [];
  const organisationId = randomUUID();

  beforeAll(async () => {
    training = await startTrainingTestApp();
    await training.transport.ensureTopics([dlqFor(MATCHING_TOPIC)], { withDeadLetterTopics: false });
    deadLetters = await training.transport.subscribe({
      groupId: `test-${randomUUID()}`,
      topics: [dlqFor(MATCHING_TOPIC)],
      fromBeginning: true,
      handler: (message) => {
        deadLettered.push(message);
        return Promise.resolve();
      },
    });
  });

  afterAll(async () => {
    await deadLetters?.stop();
    await training?.close();
  });

  const newCoach = async (): Promise<Principal> => principalOf(await training.people.add({ organisationId, displayName: 'Asha Coach' }));
  const hoursOf = async (coach: Principal): Promise<Hours> =>
    dataOf(await training.graphql<{ accreditation: Hours }>(ACCREDITATION, { id: coach.personId }, coach)).accreditation;
  const untilHours = (coach: Principal, expected: Partial<Hours>) =>
    waitFor(
      async () => {
        const hours = await hoursOf(coach);
        return Object.entries(expected).every(([field, value]) => hours[field as keyof Hours] === value) ? hours : undefined;
      },
      { description: `${JSON.stringify(expected)} on the coach's accreditation` },
    );
  const recordedEvents = async (coach: Principal, type: string) =>
    (await training.pool.query('SELECT 1 FROM events WHERE stream_id = $1 AND type = $2', [`accreditation-${coach.personId}`, type])).rowCount;

  it('counts a coaching session once however often it is delivered', async () => {
    const coach = await newCoach();
    const session = sessionLogged({ coachId: coach.personId, minutes: 90 });
    const later = sessionLogged({ coachId: coach.personId, minutes: 50, role: RelationshipRole.MENTOR });

    // Redelivered as is (the inbox drops it), then under a new header id (the decider drops it by the envelope's id).
    await publish(training.transport, matchingMessage(session), matchingMessage(session), matchingMessage(session, randomUUID()), matchingMessage(later));

    // The later session is behind the duplicates on the same partition: once it counts, they have all been handled.
    expect(await untilHours(coach, { practiceHours: 1.5 + 0.75 })).toEqual({ practiceHours: 2.25, supervisionHours: 0 });
    expect(await recordedEvents(coach, 'CoachingHoursRecorded')).toBe(2);
  });

  it('counts supervision sessions as supervision hours', async () => {
    const coach = await newCoach();

    await publish(training.transport, supervisionMessage(supervisionSessionHeld({ superviseeId: coach.personId, minutes: 60 })));
    await publish(training.transport, supervisionMessage(supervisionSessionHeld({ superviseeId: coach.personId, minutes: 45 })));

    expect(await untilHours(coach, { supervisionHours: 1.75 })).toEqual({ practiceHours: 0, supervisionHours: 1.75 });
  });

  it('dead-letters what is not a MatchingEvent and carries on with the next message', async () => {
    const coach = await newCoach();
    const garbageId = randomUUID();
    const garbage = Buffer.from('{"type":"SessionLogged","minutes":60}');

    await publish(training.transport, rawMessage(MATCHING_TOPIC, garbage, garbageId));
    await publish(training.transport, matchingMessage(sessionLogged({ coachId: coach.personId, minutes: 60 })));

    const deadLetter = await waitFor(() => deadLettered.find((message) => message.headers['event-id'] === garbageId), { description: 'the garbage on the DLQ' });
    expect(deadLetter.value).toEqual(garbage);
    expect(deadLetter.headers).toMatchObject({ 'dlq-error-code': 'UNDECODABLE_MESSAGE', 'dlq-attempts': '1', 'dlq-source-topic': MATCHING_TOPIC });
    expect(await untilHours(coach, { practiceHours: 1 })).toEqual({ practiceHours: 1, supervisionHours: 0 });
  });

  it('dead-letters a session no accreditation can hold, without counting it', async () => {
    const coach = await newCoach();
    const absurd = sessionLogged({ coachId: coach.personId, minutes: 24 * 60 });

    await publish(training.transport, matchingMessage(absurd), matchingMessage(sessionLogged({ coachId: coach.personId, minutes: 30 })));

    const deadLetter = await waitFor(() => deadLettered.find((message) => message.headers['event-id'] === absurd.envelope?.eventId), {
      description: 'the 24-hour session on the DLQ',
    });
    expect(deadLetter.headers).toMatchObject({ 'dlq-error-code': 'UNUSABLE_PRACTICE_EVIDENCE', 'dlq-attempts': '1' });
    expect(await untilHours(coach, { practiceHours: 0.5 })).toEqual({ practiceHours: 0.5, supervisionHours: 0 });
  });
});
