import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import { londonDateOf } from '@tapestry/domain';
import { waitFor } from '@tapestry/testing';
import { approve, dataOf, principalOf, RECORD_CHEMISTRY, requestSupport, runRound, startMatchingTestApp, type MatchingTestApp, type TestPerson } from '../testing';

jest.setTimeout(90_000);

const FOLLOW_UPS_DUE = `query { followUpsDue(withinDays: 30) { relationshipId kind state } }`;
const POOL = `query { pool(programme: GENERAL) { coachId unresponsive flaggedSince averageAnswerHours } }`;

interface PoolEntry {
  coachId: string;
  unresponsive: boolean;
  flaggedSince: string | null;
  averageAnswerHours: number | null;
}

describe('matching: follow-ups when nobody answers', () => {
  let matching: MatchingTestApp;
  const organisationId = randomUUID();
  let lead: Principal;
  let coach: TestPerson;
  let relationshipId: string;

  beforeAll(async () => {
    matching = await startMatchingTestApp();
    lead = principalOf(await matching.people.withRole(organisationId, 'programme_lead', { displayName: 'Priya Lead', workEmail: 'priya.lead@trust.example' }));
    coach = await matching.people.add({ organisationId, displayName: 'Casey Coach', workEmail: 'casey@trust.example' });
    await matching.people.makeEligible(coach, 'GENERAL', 'coaching');
    const coachee = await matching.people.add({ organisationId, displayName: 'Robin Coachee', workEmail: 'robin@trust.example' });
    const requestId = await requestSupport(matching, principalOf(coachee), { kind: 'COACHING', goals: 'Find my feet as a new manager' });
    const round = await runRound(matching, lead, organisationId);
    relationshipId = (await approve(matching, lead, round.id, requestId)).id;
    await matching.mail.waitForMessage((mail) => mail.subject.startsWith('Introduction:'), 15_000);
  });

  afterAll(async () => {
    await matching?.close();
  });

  const pool = async (): Promise<PoolEntry[]> => dataOf(await matching.graphql<{ pool: PoolEntry[] }>(POOL, {}, lead)).pool;
  const followUps = async () =>
    dataOf(await matching.graphql<{ followUpsDue: Array<{ relationshipId: string; kind: string; state: string }> }>(FOLLOW_UPS_DUE, {}, lead)).followUpsDue;

  it('flags a coach who leaves an introduction unanswered, tells the lead, and clears the flag once the coach answers', async () => {
    expect(await followUps()).toEqual(
      expect.arrayContaining([
        { relationshipId, kind: 'coach_answer', state: 'due' },
        { relationshipId, kind: 'chemistry_follow_up', state: 'due' },
      ]),
    );

    matching.clock.advanceDays(11);
    expect((await matching.followUps.runDue()).fired).toBeGreaterThanOrEqual(1);
    const escalation = await matching.mail.waitForMessage((mail) => mail.subject.startsWith('No answer to the introduction'), 15_000);
    expect(escalation.to.map((to) => to.address)).toEqual(['priya.lead@trust.example']);
    await waitFor(async () => (await pool()).find((entry) => entry.coachId === coach.personId)?.unresponsive, { timeoutMs: 10_000, description: 'the coach flagged unresponsive' });
    expect(await followUps()).toEqual(expect.arrayContaining([{ relationshipId, kind: 'coach_answer', state: 'escalated' }]));

    // An unresponsive coach is not proposed to anyone else meanwhile.
    const other = await matching.people.add({ organisationId, displayName: 'Alex Waiting' });
    const waitingId = await requestSupport(matching, principalOf(other), { kind: 'COACHING', goals: 'Handle a difficult rota' });
    const round = await runRound(matching, lead, organisationId);
    expect(round.proposals).toEqual([]);
    expect(round.unmatched).toEqual([expect.objectContaining({ requestId: waitingId })]);

    dataOf(await matching.graphql(RECORD_CHEMISTRY, { id: relationshipId, on: londonDateOf(matching.clock.now()) }, principalOf(coach)));
    const answered = (await pool()).find((entry) => entry.coachId === coach.personId);
    expect(answered).toEqual(expect.objectContaining({ unresponsive: false, flaggedSince: null }));
    expect(answered?.averageAnswerHours).toBeGreaterThanOrEqual(11 * 24);
  });

  it('asks the pair about a chemistry meeting never recorded, then tells the lead when nobody answers', async () => {
    const coachee = await matching.people.add({ organisationId, displayName: 'Jo Quiet', workEmail: 'jo@trust.example' });
    const mentor = await matching.people.add({ organisationId, displayName: 'Sam Mentor', workEmail: 'sam.mentor@trust.example' });
    await matching.people.makeEligible(mentor, 'GENERAL', 'mentoring');
    const requestId = await requestSupport(matching, principalOf(coachee), { goals: 'Plan my return to practice' });
    const round = await runRound(matching, lead, organisationId);
    const quiet = (await approve(matching, lead, round.id, requestId)).id;

    matching.clock.advanceDays(22);
    await matching.followUps.runDue();
    const followUp = await matching.mail.waitForMessage((mail) => mail.subject === 'How did your chemistry meeting go?' && mail.to.some((to) => to.address === 'jo@trust.example'), 15_000);
    expect(followUp.to.map((to) => to.address).sort()).toEqual(['jo@trust.example', 'sam.mentor@trust.example']);

    matching.clock.advanceDays(8);
    await matching.followUps.runDue();
    const toLead = await matching.mail.waitForMessage((mail) => mail.subject.startsWith('No answer to the chemistry meeting follow-up: Jo Quiet'), 15_000);
    expect(toLead.to.map((to) => to.address)).toEqual(['priya.lead@trust.example']);
    // The escalation commits with the deadline; the read model follows a moment later.
    await waitFor(async () => (await followUps()).some((item) => item.relationshipId === quiet && item.kind === 'chemistry_follow_up' && item.state === 'escalated'), {
      timeoutMs: 10_000,
      description: 'the escalated chemistry follow-up among the lead’s follow-ups',
    });
  });
});
