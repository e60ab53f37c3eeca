import { randomUUID } from 'node:crypto';
import { Programme, RelationshipRole } from '@tapestry/contracts';
import { londonDateOf } from '@tapestry/domain';
import { waitFor } from '@tapestry/testing';
import {
  approve,
  CONFIRM,
  dataOf,
  LOG_SESSION,
  principalOf,
  RECORD_CHEMISTRY,
  requestSupport,
  runRound,
  setCoachPreferences,
  startMatchingTestApp,
  watchMatchingTopic,
  type MatchingTestApp,
  type PublishedMatchingMessage,
} from '../testing';

jest.setTimeout(90_000);

const GOALS = 'Prepare for my first ward manager interview in the spring';
const LIFECYCLE = ['supportRequested', 'relationshipIntroduced', 'chemistryMeetingHeld', 'relationshipActivated', 'sessionLogged'];

describe('matching relay', () => {
  let matching: MatchingTestApp;
  let topic: { received: PublishedMatchingMessage[]; stop(): Promise<void> };

  beforeAll(async () => {
    matching = await startMatchingTestApp();
    topic = await watchMatchingTopic(matching);
  });

  afterAll(async () => {
    await topic?.stop();
    await matching?.close();
  });

  it('publishes the lifecycle to tapestry.matching.v1 as metadata only: no goals, no reasons', async () => {
    const organisationId = randomUUID();
    const siteId = randomUUID();
    const lead = principalOf(await matching.people.withRole(organisationId, 'programme_lead'));
    const mentor = await matching.people.add({ organisationId, siteId, shiftPattern: 'nights', directorateId: randomUUID() });
    const mentee = await matching.people.add({ organisationId, siteId, shiftPattern: 'nights', directorateId: randomUUID() });
    await matching.people.makeEligible(mentor, 'GENERAL', 'mentoring');
    await setCoachPreferences(matching, principalOf(mentor), { tags: ['led a ward manager interview panel'] });

    const requestId = await requestSupport(matching, principalOf(mentee), {
      goals: GOALS,
      topics: ['led a ward manager interview panel'],
      preferences: { sameSite: true, shiftCompatible: true },
    });
    const round = await runRound(matching, lead, organisationId);
    const reasons = round.proposals[0]?.reasons ?? [];
    expect(reasons.length).toBeGreaterThan(0);
    const relationshipId = (await approve(matching, lead, round.id, requestId)).id;
    const today = londonDateOf(matching.clock.now());
    dataOf(await matching.graphql(RECORD_CHEMISTRY, { id: relationshipId, on: today }, principalOf(mentee)));
    dataOf(await matching.graphql(CONFIRM, { id: relationshipId }, principalOf(mentee)));
    dataOf(await matching.graphql(CONFIRM, { id: relationshipId }, principalOf(mentor)));
    dataOf(await matching.graphql(LOG_SESSION, { id: relationshipId, input: { heldOn: today, minutes: 50, growStage: 'OPTIONS' } }, principalOf(mentor)));

    await waitFor(() => topic.received.some((message) => message.event.event.case === 'sessionLogged'), { timeoutMs: 15_000, description: 'the session to be published' });
    const lifecycle = topic.received.filter((message) => LIFECYCLE.includes(message.event.event.case ?? ''));
    expect(lifecycle.map((message) => message.event.event.case)).toEqual(LIFECYCLE);
    const [requested, introduced, chemistry, activated, session] = lifecycle.map((message) => message.event.event);

    expect(lifecycle[0]?.key).toBe(`request-${requestId}`);
    expect(requested).toMatchObject({
      case: 'supportRequested',
      value: { requestId, requesterId: mentee.personId, organisationId, programme: Programme.GENERAL, wants: RelationshipRole.MENTOR },
    });
    expect(introduced).toMatchObject({
      case: 'relationshipIntroduced',
      value: { relationshipId, requestId, coachId: mentor.personId, organisationId, coacheeId: mentee.personId, coacheeOrganisationId: organisationId, crossesDirectorate: true },
    });
    expect(chemistry).toMatchObject({ case: 'chemistryMeetingHeld', value: { relationshipId, coachId: mentor.personId, organisationId, heldOn: today } });
    expect(activated).toMatchObject({ case: 'relationshipActivated', value: { relationshipId, coachId: mentor.personId, activeFrom: today } });
    expect(session).toMatchObject({ case: 'sessionLogged', value: { relationshipId, coachId: mentor.personId, organisationId, heldOn: today, durationMinutes: 50 } });
    for (const message of lifecycle.slice(1)) expect(message.key).toBe(`relationship-${relationshipId}`);
    for (const message of lifecycle) expect(message.event.envelope?.organisationId).toBe(organisationId);

    // What stays inside: confirmations, the request being matched, coaches' places, pins and proposals.
    const types = topic.received.map((message) => message.type);
    for (const internal of ['RelationshipConfirmed', 'RequestMatched', 'CoachSlotTaken', 'RequestSlotTaken']) expect(types).not.toContain(internal);

    for (const message of topic.received) {
      const bytes = message.value.toString('utf8');
      expect(bytes).not.toContain(GOALS);
      expect(bytes).not.toContain('ward manager');
      for (const reason of reasons) expect(bytes).not.toContain(reason);
      expect(bytes).not.toContain('OPTIONS');
    }
  });
});
