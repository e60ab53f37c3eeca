import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import { CoachPauseChangedSchema } from '@tapestry/contracts';
import { waitFor } from '@tapestry/testing';
import { poolAs, principalOf, publishSupervisionEvent, requestSupport, runRound, startMatchingTestApp, type MatchingTestApp } from '../testing';

jest.setTimeout(60_000);

describe('matching: a coach paused by their supervisor', () => {
  let matching: MatchingTestApp;

  beforeAll(async () => {
    matching = await startMatchingTestApp();
  });

  afterAll(async () => {
    await matching?.close();
  });

  it('is left out of the next round until the supervisor resumes them', async () => {
    const organisationId = randomUUID();
    const lead = principalOf(await matching.people.withRole(organisationId, 'programme_lead'));
    const mentor = await matching.people.add({ organisationId, displayName: 'Morgan Mentor' });
    await matching.people.makeEligible(mentor, 'GENERAL', 'mentoring');
    const requestId = await requestSupport(matching, principalOf(await matching.people.add({ organisationId })));
    const pauseChanged = (paused: boolean) =>
      publishSupervisionEvent(
        matching,
        { case: 'coachPauseChanged', value: create(CoachPauseChangedSchema, { coachId: mentor.personId, organisationId, paused, changedBy: randomUUID() }) },
        `supervision-pause-${mentor.personId}`,
        organisationId,
      );
    const pausedInPool = async () => (await poolAs(matching, lead)).find((coach) => coach.coachId === mentor.personId)?.paused;

    await pauseChanged(true);
    await waitFor(async () => (await pausedInPool()) === true, { timeoutMs: 15_000, description: 'the mentor shown paused in the pool' });
    const whilePaused = await runRound(matching, lead, organisationId);
    expect(whilePaused.proposals).toEqual([]);
    expect(whilePaused.unmatched).toEqual([expect.objectContaining({ requestId })]);

    await pauseChanged(false);
    await waitFor(async () => (await pausedInPool()) === false, { timeoutMs: 15_000, description: 'the mentor back in the pool' });
    expect((await runRound(matching, lead, organisationId)).proposals).toEqual([expect.objectContaining({ requestId, coachId: mentor.personId })]);
  });
});
