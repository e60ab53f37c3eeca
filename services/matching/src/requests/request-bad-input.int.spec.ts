import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import {
  codesOf,
  dataOf,
  MY_REQUESTS,
  organisationScope,
  policyInput,
  principalOf,
  REQUEST_SUPPORT,
  requestSupport,
  SET_POLICY,
  startMatchingTestApp,
  WITHDRAW,
  type MatchingTestApp,
} from '../testing';

jest.setTimeout(90_000);

const input = (overrides: Record<string, unknown> = {}) => ({ programme: 'GENERAL', kind: 'MENTORING', goals: 'Find my feet after a year away', ...overrides });

describe('asking for support: bad input and duplicates', () => {
  let matching: MatchingTestApp;
  const organisationId = randomUUID();
  let lead: Principal;

  beforeAll(async () => {
    matching = await startMatchingTestApp();
    lead = principalOf(await matching.people.withRole(organisationId, 'programme_lead'));
  });

  afterAll(async () => {
    await matching?.close();
  });

  const newPerson = async () => principalOf(await matching.people.add({ organisationId }));
  const ask = (who: Principal, overrides: Record<string, unknown> = {}) => matching.graphql(REQUEST_SUPPORT, { input: input(overrides) }, who);
  const myRequests = async (who: Principal) =>
    dataOf(await matching.graphql<{ myRequests: Array<{ id: string; status: string; programme: string }> }>(MY_REQUESTS, {}, who)).myRequests;

  it('refuses a second request in the same programme, allows one in another, and allows asking again after withdrawing', async () => {
    const sam = await newPerson();
    const first = await requestSupport(matching, sam, input());

    const duplicate = await ask(sam, { goals: 'Something else' });
    expect(codesOf(duplicate)).toEqual(['DUPLICATE_REQUEST']);
    expect(duplicate.errors?.[0]?.message).toMatch(/withdraw it or close the relationship/);

    const returners = await requestSupport(matching, sam, input({ programme: 'RETURNERS' }));
    expect((await myRequests(sam)).map((request) => [request.id, request.status]).sort()).toEqual([[first, 'open'], [returners, 'open']].sort());

    expect(dataOf(await matching.graphql<{ withdrawRequest: { status: string } }>(WITHDRAW, { requestId: first }, sam)).withdrawRequest.status).toBe('withdrawn');
    const again = await requestSupport(matching, sam, input());
    expect(again).not.toBe(first);
    expect(codesOf(await matching.graphql(WITHDRAW, { requestId: first }, sam))).toEqual(['REQUEST_CLOSED']);
  });

  it('lets exactly one of two requests sent at once in the same programme through', async () => {
    const sam = await newPerson();
    const replies = await Promise.all([ask(sam, { goals: 'First tab' }), ask(sam, { goals: 'Second tab' })]);

    expect(replies.filter((reply) => !reply.errors?.length)).toHaveLength(1);
    expect(replies.flatMap(codesOf)).toEqual(['DUPLICATE_REQUEST']);
    expect((await myRequests(sam)).filter((request) => request.programme === 'GENERAL')).toHaveLength(1);
  });

  it.each([
    ['empty goals', { goals: '   ' }, 'BAD_USER_INPUT', /Goals/],
    ['eleven topics', { topics: Array.from({ length: 11 }, (_, index) => `topic ${index}`) }, 'BAD_USER_INPUT', /at most 10 topics; got 11/],
    ['an empty topic', { topics: ['interviews', ''] }, 'BAD_USER_INPUT', /Topic/],
  ])('refuses %s with a message saying what to fix', async (_case, overrides, code, message) => {
    const sam = await newPerson();
    const reply = await ask(sam, overrides);
    expect(codesOf(reply)).toEqual([code]);
    expect(reply.errors?.[0]?.message).toMatch(message);
    expect(await myRequests(sam)).toEqual([]);
  });

  it('refuses a programme that does not exist before doing anything', async () => {
    const sam = await newPerson();
    const reply = await ask(sam, { programme: 'KNITTING' });
    expect(reply.status).toBeLessThan(500);
    expect(codesOf(reply)).toEqual(['BAD_USER_INPUT']);
    expect(reply.errors?.[0]?.message).toMatch(/KNITTING/);
    expect(await myRequests(sam)).toEqual([]);
  });

  it("asks for the line manager's release where the organisation's policy requires one, and lets the request through once it is there", async () => {
    const releasing = randomUUID();
    const releasingLead = principalOf(await matching.people.withRole(releasing, 'programme_lead'));
    dataOf(await matching.graphql(SET_POLICY, { scope: organisationScope(releasing), programme: 'GENERAL', policy: policyInput({ releaseRequired: true }) }, releasingLead));
    const sam = principalOf(await matching.people.add({ organisationId: releasing }));

    const refused = await ask(sam);
    expect(codesOf(refused)).toEqual(['RELEASE_REQUIRED']);
    expect(refused.errors?.[0]?.message).toMatch(/line manager/);

    // A release that has expired does not count.
    await matching.pool.query('INSERT INTO coaching_releases (person_id, programme, approval_id, expires_at) VALUES ($1, $2, $3, $4)', [
      sam.personId,
      'GENERAL',
      randomUUID(),
      new Date(matching.clock.now().getTime() - 86_400_000),
    ]);
    expect(codesOf(await ask(sam))).toEqual(['RELEASE_REQUIRED']);

    await matching.pool.query('UPDATE coaching_releases SET expires_at = NULL WHERE person_id = $1', [sam.personId]);
    await requestSupport(matching, sam, input());
    expect((await myRequests(sam)).map((request) => request.status)).toEqual(['open']);

    // Another programme of the same organisation keeps the default: no release needed.
    const other = principalOf(await matching.people.add({ organisationId: releasing }));
    await requestSupport(matching, other, input({ programme: 'RETURNERS' }));
  });

  it("tells someone withdrawing another person's request that there is no such request, and leaves it open", async () => {
    const sam = await newPerson();
    const stranger = await newPerson();
    const requestId = await requestSupport(matching, sam, input());

    expect(codesOf(await matching.graphql(WITHDRAW, { requestId }, stranger))).toEqual(['NOT_FOUND']);
    expect(codesOf(await matching.graphql(WITHDRAW, { requestId }, lead))).toEqual(['NOT_FOUND']);
    expect(codesOf(await matching.graphql(WITHDRAW, { requestId: randomUUID() }, sam))).toEqual(['NOT_FOUND']);
    expect((await myRequests(sam)).map((request) => request.status)).toEqual(['open']);
  });
});
