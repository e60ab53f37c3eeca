import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import {
  APPROVE,
  approve,
  codesOf,
  excludePair,
  pinPair,
  principalOf,
  requestSupport,
  runRound,
  setCoachPreferences,
  startMatchingTestApp,
  type MatchingTestApp,
  type TestPerson,
} from '../testing';

jest.setTimeout(120_000);

const pairsOf = (proposals: ReadonlyArray<{ requestId: string; coachId: string }>): string[] =>
  proposals.map((proposal) => `${proposal.requestId}/${proposal.coachId}`).sort();

describe('approving proposals when the facts have changed', () => {
  let matching: MatchingTestApp;

  beforeAll(async () => {
    matching = await startMatchingTestApp();
  });

  afterAll(async () => {
    await matching?.close();
  });

  /** An organisation with its lead and one mentor eligible for general mentoring. */
  async function organisation(): Promise<{ organisationId: string; lead: Principal; mentor: TestPerson }> {
    const organisationId = randomUUID();
    const lead = principalOf(await matching.people.withRole(organisationId, 'programme_lead'));
    const mentor = await matching.people.add({ organisationId, displayName: `Mentor ${organisationId.slice(0, 4)}`, directorateId: randomUUID() });
    await matching.people.makeEligible(mentor, 'GENERAL', 'mentoring');
    return { organisationId, lead, mentor };
  }

  const mentee = (organisationId: string) => matching.people.add({ organisationId, directorateId: randomUUID() });

  async function count(sql: string, params: unknown[]): Promise<number> {
    const { rows } = await matching.pool.query<{ n: string }>(sql, params);
    return Number(rows[0]?.n ?? 0);
  }

  it('lets exactly 2 of 20 concurrent approvals for a coach with 2 places through; the other 18 get CAPACITY_REACHED and change nothing', async () => {
    const { organisationId, lead, mentor } = await organisation();
    const mentees = await Promise.all(Array.from({ length: 20 }, () => mentee(organisationId)));
    const requestIds: string[] = [];
    for (const person of mentees) requestIds.push(await requestSupport(matching, principalOf(person)));

    // A round proposes at most two pairs for a coach with two places, so ten rounds, each pinning the mentor to two
    // new requests and excluding the two pinned before, give twenty valid proposals for the one mentor.
    const proposals: Array<{ roundId: string; requestId: string }> = [];
    for (let round = 0; round < 10; round += 1) {
      const wanted = [requestIds[2 * round], requestIds[2 * round + 1]];
      if (round > 0) for (const earlier of [requestIds[2 * round - 2], requestIds[2 * round - 1]]) await excludePair(matching, lead, organisationId, earlier, mentor.personId);
      for (const requestId of wanted) await pinPair(matching, lead, organisationId, requestId, mentor.personId);
      const ran = await runRound(matching, lead, organisationId);
      expect(pairsOf(ran.proposals)).toEqual(pairsOf(wanted.map((requestId) => ({ requestId, coachId: mentor.personId }))));
      for (const requestId of wanted) proposals.push({ roundId: ran.id, requestId });
    }
    const mailsBefore = matching.mail.messages().length;

    const replies = await Promise.all(proposals.map(({ roundId, requestId }) => matching.graphql(APPROVE, { roundId, requestId }, lead)));

    const succeeded = replies.filter((reply) => !reply.errors?.length);
    const refused = replies.filter((reply) => reply.errors?.length);
    expect(succeeded).toHaveLength(2);
    expect(refused.map(codesOf)).toEqual(Array.from({ length: 18 }, () => ['CAPACITY_REACHED']));
    for (const reply of refused) expect(reply.errors?.[0]?.message).toMatch(/re-run the round/);

    expect(await count('SELECT count(*) AS n FROM relationships WHERE coach_id = $1', [mentor.personId])).toBe(2);
    expect(await count("SELECT count(*) AS n FROM requests WHERE organisation_id = $1 AND status = 'open'", [organisationId])).toBe(18);
    expect(await count("SELECT count(*) AS n FROM requests WHERE organisation_id = $1 AND status = 'matched'", [organisationId])).toBe(2);
    expect(await count('SELECT jsonb_array_length(slots) AS n FROM coaches WHERE coach_id = $1', [mentor.personId])).toBe(2);
    const eventsOf = (type: string) =>
      count("SELECT count(*) AS n FROM events WHERE type = $1 AND data->>'coachId' = $2", [type, mentor.personId]);
    expect(await eventsOf('RelationshipIntroduced')).toBe(2);
    expect(await eventsOf('CoachSlotTaken')).toBe(2);
    expect(await eventsOf('RequestMatched')).toBe(2);

    // One introduction mail per pair that got through, to the mentor and the mentee.
    const introductions = () => matching.mail.messages().slice(mailsBefore).filter((mail) => mail.to.some((to) => to.address === mentor.workEmail));
    await matching.mail.waitForMessage(() => introductions().length >= 2, 15_000);
    await matching.followUps.runDue();
    expect(introductions()).toHaveLength(2);
  });

  it('refuses a proposal whose coach has since reached capacity, and a re-run proposes someone with room', async () => {
    const { organisationId, lead, mentor } = await organisation();
    await setCoachPreferences(matching, principalOf(mentor), { capacity: 1 });
    const [first, second] = [await mentee(organisationId), await mentee(organisationId)];
    const firstRequest = await requestSupport(matching, principalOf(first));
    const earlier = await runRound(matching, lead, organisationId);
    expect(pairsOf(earlier.proposals)).toEqual([`${firstRequest}/${mentor.personId}`]);

    const secondRequest = await requestSupport(matching, principalOf(second));
    await pinPair(matching, lead, organisationId, secondRequest, mentor.personId);
    const later = await runRound(matching, lead, organisationId);
    expect(pairsOf(later.proposals)).toEqual([`${secondRequest}/${mentor.personId}`]);
    await approve(matching, lead, later.id, secondRequest);

    const stale = await matching.graphql(APPROVE, { roundId: earlier.id, requestId: firstRequest }, lead);
    expect(codesOf(stale)).toEqual(['CAPACITY_REACHED']);
    expect(stale.errors?.[0]?.message).toMatch(/limit.*re-run the round/);
    expect(await count("SELECT count(*) AS n FROM requests WHERE request_id = $1 AND status = 'open'", [firstRequest])).toBe(1);

    // A second mentor joins the pool; the re-run proposes them, and that proposal can be approved.
    const other = await matching.people.add({ organisationId, displayName: 'Alex Other', directorateId: randomUUID() });
    await matching.people.makeEligible(other, 'GENERAL', 'mentoring');
    const rerun = await runRound(matching, lead, organisationId);
    expect(pairsOf(rerun.proposals)).toEqual([`${firstRequest}/${other.personId}`]);
    const introduced = await approve(matching, lead, rerun.id, firstRequest);
    expect(introduced).toMatchObject({ status: 'introduced', coach: { id: other.personId } });
  });

  it('refuses a proposal whose coach is no longer eligible, and the re-run leaves them out', async () => {
    const { organisationId, lead, mentor } = await organisation();
    const requestId = await requestSupport(matching, principalOf(await mentee(organisationId)));
    const round = await runRound(matching, lead, organisationId);
    expect(pairsOf(round.proposals)).toEqual([`${requestId}/${mentor.personId}`]);

    await matching.people.makeEligible(mentor, 'GENERAL', 'mentoring', false);
    const reply = await matching.graphql(APPROVE, { roundId: round.id, requestId }, lead);
    expect(codesOf(reply)).toEqual(['COACH_NOT_ELIGIBLE']);
    expect(reply.errors?.[0]?.message).toMatch(/re-run the round/);
    expect(await count('SELECT count(*) AS n FROM relationships WHERE request_id = $1', [requestId])).toBe(0);

    const rerun = await runRound(matching, lead, organisationId);
    expect(rerun.proposals).toEqual([]);
    expect(rerun.unmatched.map((unmatched) => unmatched.requestId)).toEqual([requestId]);
  });

  it('refuses a proposal whose coach has paused since, and proposes them again once resumed', async () => {
    const { organisationId, lead, mentor } = await organisation();
    const requestId = await requestSupport(matching, principalOf(await mentee(organisationId)));
    const round = await runRound(matching, lead, organisationId);
    expect(pairsOf(round.proposals)).toEqual([`${requestId}/${mentor.personId}`]);

    await setCoachPreferences(matching, principalOf(mentor), { paused: true });
    const reply = await matching.graphql(APPROVE, { roundId: round.id, requestId }, lead);
    expect(codesOf(reply)).toEqual(['COACH_PAUSED']);
    expect(reply.errors?.[0]?.message).toMatch(/paused.*re-run the round/);
    expect((await runRound(matching, lead, organisationId)).proposals).toEqual([]);

    await setCoachPreferences(matching, principalOf(mentor), { paused: false });
    const rerun = await runRound(matching, lead, organisationId);
    expect(pairsOf(rerun.proposals)).toEqual([`${requestId}/${mentor.personId}`]);
    expect((await approve(matching, lead, rerun.id, requestId)).status).toBe('introduced');
  });
});
