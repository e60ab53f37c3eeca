import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import { codesOf, dataOf, principalOf, REQUEST_SUPPORT, RUN_ROUND, SET_COACH_PREFERENCES, SET_POLICY, startMatchingTestApp, type MatchingTestApp, type RoundView } from '../testing';

jest.setTimeout(60_000);

const SHARING_POLICY = {
  offered: true,
  capacity: 2,
  releaseRequired: false,
  chemistryFollowUpDays: 21,
  sessionNudgeDays: 42,
  answerWithinDays: 10,
  escalateAfterDays: 7,
  shareAcrossConsortium: true,
  weights: { location: 1, shift: 1, experience: 2, silo: 1, waiting: 1, load: 1 },
};

describe('matching: a consortium round across organisations', () => {
  let matching: MatchingTestApp;
  const consortiumId = randomUUID();
  const trust = randomUUID();
  const police = randomUUID();
  let consortiumLead: Principal;
  let trustLead: Principal;
  let policeLead: Principal;
  let requestId: string;
  let policeMentorId: string;

  beforeAll(async () => {
    matching = await startMatchingTestApp();
    await matching.people.joinConsortium(consortiumId, trust);
    await matching.people.joinConsortium(consortiumId, police);
    const lead = await matching.people.add({
      organisationId: trust,
      roles: [{ role: 'programme_lead', scope: { kind: 'consortium', id: consortiumId } }],
    });
    consortiumLead = principalOf(lead);
    trustLead = principalOf(await matching.people.withRole(trust, 'programme_lead'));
    policeLead = principalOf(await matching.people.withRole(police, 'programme_lead'));
    const mentor = await matching.people.add({ organisationId: police, displayName: 'Jordan Hale' });
    policeMentorId = mentor.personId;
    await matching.people.makeEligible(mentor, 'GENERAL', 'mentoring');
    dataOf(await matching.graphql(SET_COACH_PREFERENCES, { input: { capacity: 2 } }, principalOf(mentor)));
    const nurse = await matching.people.add({ organisationId: trust, displayName: 'Ife Adeyemi' });
    requestId = dataOf(
      await matching.graphql<{ requestSupport: { id: string } }>(
        REQUEST_SUPPORT,
        { input: { programme: 'GENERAL', kind: 'MENTORING', goals: 'Lead across services', preferences: { outsideOrganisation: true } } },
        principalOf(nurse),
      ),
    ).requestSupport.id;
  });

  afterAll(async () => {
    await matching?.close();
  });

  const consortiumRound = async (): Promise<RoundView> =>
    dataOf(await matching.graphql<{ runMatchingRound: RoundView }>(RUN_ROUND, { scope: { kind: 'CONSORTIUM', id: consortiumId }, programme: 'GENERAL' }, consortiumLead))
      .runMatchingRound;

  it('never pairs people of two organisations until both share their pool with the consortium', async () => {
    const before = await consortiumRound();
    expect(before.proposals).toEqual([]);
    expect(before.unmatched).toEqual([expect.objectContaining({ requestId })]);

    await matching.graphql(SET_POLICY, { scope: { kind: 'ORGANISATION', id: trust }, programme: 'GENERAL', policy: SHARING_POLICY }, trustLead);
    expect((await consortiumRound()).proposals).toEqual([]);

    dataOf(await matching.graphql(SET_POLICY, { scope: { kind: 'ORGANISATION', id: police }, programme: 'GENERAL', policy: SHARING_POLICY }, policeLead));
    const after = await consortiumRound();
    expect(after.proposals).toEqual([expect.objectContaining({ requestId, coachId: policeMentorId })]);
    expect(after.proposals[0].reasons).toContain('from another organisation');
  });

  it('keeps an organisation round to its own pool, and a consortium round to its lead', async () => {
    const trustRound = dataOf(
      await matching.graphql<{ runMatchingRound: RoundView }>(RUN_ROUND, { scope: { kind: 'ORGANISATION', id: trust }, programme: 'GENERAL' }, trustLead),
    ).runMatchingRound;
    expect(trustRound.poolSize).toBe(0);
    expect(codesOf(await matching.graphql(RUN_ROUND, { scope: { kind: 'CONSORTIUM', id: consortiumId }, programme: 'GENERAL' }, trustLead))).toEqual(['FORBIDDEN']);
    expect(codesOf(await matching.graphql(SET_POLICY, { scope: { kind: 'ORGANISATION', id: police }, programme: 'GENERAL', policy: SHARING_POLICY }, trustLead))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codesOf(
        await matching.graphql(SET_POLICY, { scope: { kind: 'ORGANISATION', id: trust }, programme: 'GENERAL', policy: { ...SHARING_POLICY, capacity: 0 } }, trustLead),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
