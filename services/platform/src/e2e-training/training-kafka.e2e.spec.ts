/**
 * @jest-environment <rootDir>/services/platform/src/testing/e2e-environment.ts
 */
import {
  decodeIdentityEvent,
  decodeTrainingEvent,
  EligibilityReason,
  PractitionerRole,
  Programme,
  topicFor,
  type IdentityEvent,
  type TrainingEvent,
} from '@tapestry/contracts';
import { kafkaBrokers } from '@tapestry/testing';
import { PERSON, RECORD_LEAVER, UPDATE_PERSON, type PersonRecord } from '../e2e/identity-operations';
import { dataOf } from '../testing/graphql-client';
import { startTestPlatform, type SignedIn, type TestPlatform } from '../testing/test-platform';
import { londonNow } from './london-today';
import { TopicTap } from './topic-tap';
import { MY_APPROVALS, waitForEligibility, waitUntilDemoTrainingSeeded, type ApprovalReply } from './training-operations';

jest.setTimeout(60_000);

type EligibilityChange = Extract<TrainingEvent['event'], { case: 'coachEligibilityChanged' }>['value'] & { eventType: string; streamId: string };

/** Every CoachEligibilityChanged on the topic for `personId` in `programme`/`role`, with its envelope's type and stream. */
const eligibilityChangesOf =
  (personId: string, programme: Programme, role: PractitionerRole) =>
  ({ envelope, event }: TrainingEvent): EligibilityChange | undefined =>
    event.case === 'coachEligibilityChanged' && event.value.personId === personId && event.value.programme === programme && event.value.role === role
      ? { ...event.value, eventType: envelope?.eventType ?? '', streamId: envelope?.streamId ?? '' }
      : undefined;

/**
 * Training on the Kafka transport, as `npm start` runs it distributed: it learns of people from identity's topic and
 * publishes its public events, CoachEligibilityChanged above all, to `tapestry.training.v1`. Identity's moves and
 * leavers, made through the gateway, change eligibility, and the change reaches the topic.
 */
describe('training over Kafka: identity changes eligibility, and eligibility reaches tapestry.training.v1', () => {
  let platform: TestPlatform;
  let trainingTopic: TopicTap<TrainingEvent>;
  let identityTopic: TopicTap<IdentityEvent>;
  const as: Record<string, SignedIn> = {};

  beforeAll(async () => {
    const brokers = kafkaBrokers();
    platform = await startTestPlatform({ transport: 'kafka', kafkaBrokers: brokers });
    for (const role of ['organisation_admin', 'programme_lead', 'coach', 'mentor', 'supervisor']) as[role] = await platform.signInAs(role);
    // Both services have created their topics by the time they answer /health.
    trainingTopic = await TopicTap.start(brokers, topicFor('training'), decodeTrainingEvent);
    identityTopic = await TopicTap.start(brokers, topicFor('identity'), decodeIdentityEvent);
    await waitUntilDemoTrainingSeeded(platform, as.coach);
  }, 300_000);
  afterAll(async () => {
    await trainingTopic?.stop();
    await identityTopic?.stop();
    await platform?.stop();
  });

  it('publishes the demo seed: its courses, completions and approvals, and CoachEligibilityChanged for every eligible coach and mentor', async () => {
    const trustId = as.coach.organisationId;
    const practitioners = [
      { who: as.coach, role: PractitionerRole.COACH, graphqlRole: 'COACH' },
      { who: as.mentor, role: PractitionerRole.MENTOR, graphqlRole: 'MENTOR' },
      { who: as.supervisor, role: PractitionerRole.COACH, graphqlRole: 'COACH' },
    ];
    for (const { who, role, graphqlRole } of practitioners) {
      await waitForEligibility(platform, who.personId, who.token, { programme: 'GENERAL', role: graphqlRole, eligible: true });
      const change = await trainingTopic.waitForOne(eligibilityChangesOf(who.personId, Programme.GENERAL, role), `CoachEligibilityChanged for ${who.personId}`);
      expect(change).toMatchObject({ organisationId: trustId, eligible: true, reasons: [], eventType: 'CoachEligibilityChanged', streamId: `eligibility-${who.personId}` });
    }

    const eligible = await trainingTopic.waitForAll(
      ({ event }) => (event.case === 'coachEligibilityChanged' && event.value.eligible && event.value.organisationId === trustId ? event.value.personId : undefined),
      "eligibility for the demo's approved learners",
      10,
    );
    // Twelve trained; the demo line manager is left two approvals to decide.
    expect(new Set(eligible).size).toBe(10);

    const courses = await trainingTopic.waitForAll(
      ({ event }) => (event.case === 'courseCreated' && event.value.organisationId === trustId ? event.value.title : undefined),
      "the demo trust's six courses",
      6,
    );
    expect(courses).toContain('Coaching and mentoring foundation day');
    const completed = await trainingTopic.waitForOne(
      ({ event }) => (event.case === 'courseCompleted' && event.value.personId === as.coach.personId ? event.value : undefined),
      "the demo coach's foundation day",
    );
    expect(completed.completedOn < londonNow().date).toBe(true);
    await trainingTopic.waitForOne(
      ({ event }) => (event.case === 'approvalGranted' && event.value.personId === as.coach.personId ? event.value : undefined),
      "the demo coach's approval",
    );
    expect(trainingTopic.undecodableCount).toBe(0);
  });

  it("ends the coach's approval and eligibility when an organisation admin gives them a new line manager", async () => {
    const admin = as.organisation_admin.token;
    const coach = dataOf(await platform.graphql<{ person: PersonRecord }>(PERSON, { id: as.coach.personId }, admin)).person;
    const newManager = [as.programme_lead.personId, as.supervisor.personId].find((candidate) => candidate !== coach.lineManagerId) ?? '';

    const moved = dataOf(await platform.graphql<{ updatePerson: PersonRecord }>(UPDATE_PERSON, { id: coach.id, input: { lineManagerId: newManager } }, admin));
    expect(moved.updatePerson.lineManagerId).toBe(newManager);
    const personMoved = await identityTopic.waitForOne(
      ({ event }) => (event.case === 'personMoved' && event.value.personId === coach.id ? event.value : undefined),
      'PersonMoved for the coach',
    );
    expect(personMoved.lineManagerId).toBe(newManager);

    const entry = await waitForEligibility(platform, coach.id, as.coach.token, { programme: 'GENERAL', role: 'COACH', eligible: false });
    expect(entry.reasons).toEqual(['NO_CURRENT_APPROVAL']);
    const [, lost] = await trainingTopic.waitForAll(eligibilityChangesOf(coach.id, Programme.GENERAL, PractitionerRole.COACH), 'the coach losing eligibility', 2);
    expect(lost).toMatchObject({ eligible: false, reasons: [EligibilityReason.NO_CURRENT_APPROVAL] });
    await trainingTopic.waitForOne(
      ({ event }) => (event.case === 'approvalInvalidated' && event.value.personId === coach.id ? event.value : undefined),
      "the coach's approval ending",
    );
    const { myApprovals } = dataOf(await platform.graphql<{ myApprovals: ApprovalReply[] }>(MY_APPROVALS, {}, as.coach.token));
    expect(myApprovals.map((approval) => approval.status)).toEqual(['INVALIDATED']);
  });

  it('makes a mentor who leaves ineligible, NOT_EMPLOYED, on the topic too', async () => {
    const mentorId = as.mentor.personId;
    // Eligible first: read before training has finished seeding the demo, the mentor is ineligible for want of an approval.
    await waitForEligibility(platform, mentorId, as.programme_lead.token, { programme: 'GENERAL', role: 'MENTOR', eligible: true });
    const left = await platform.graphql<{ recordLeaver: PersonRecord }>(RECORD_LEAVER, { id: mentorId, leavingDate: londonNow().date, reason: 'retirement' }, as.organisation_admin.token);
    expect(dataOf(left).recordLeaver.status).toBe('LEFT');
    await identityTopic.waitForOne(({ event }) => (event.case === 'personLeft' && event.value.personId === mentorId ? event.value : undefined), 'PersonLeft for the mentor');

    const entry = await waitForEligibility(platform, mentorId, as.programme_lead.token, { programme: 'GENERAL', role: 'MENTOR', eligible: false });
    expect(entry.reasons).toContain('NOT_EMPLOYED');
    const [, lost] = await trainingTopic.waitForAll(eligibilityChangesOf(mentorId, Programme.GENERAL, PractitionerRole.MENTOR), 'the mentor losing eligibility', 2);
    expect(lost.eligible).toBe(false);
    expect(lost.reasons).toContain(EligibilityReason.NOT_EMPLOYED);
  });
});
