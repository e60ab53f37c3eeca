import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import { londonDateOf } from '@tapestry/domain';
import { waitFor } from '@tapestry/testing';
import {
  ADD_REFLECTION,
  APPROVE,
  approve,
  codesOf,
  CONFIRM,
  dataOf,
  FOLLOW_UPS_DUE,
  LOG_SESSION,
  MATCHING_ROUND,
  MY_REFLECTIONS,
  MY_REPORTS_PARTICIPATION,
  MY_REQUESTS,
  OPEN_REQUESTS,
  organisationScope,
  PIN,
  POOL,
  poolAs,
  principalOf,
  RECORD_CHEMISTRY,
  RELATIONSHIP,
  RELATIONSHIPS_IN_MY_SCOPE,
  requestSupport,
  RUN_ROUND,
  runRound,
  startMatchingTestApp,
  watchMatchingTopic,
  type MatchingTestApp,
  type PublishedMatchingMessage,
  type RelationshipView,
  type RoundView,
  type TestPerson,
} from '../testing';

jest.setTimeout(90_000);

const GOALS = 'Rebuild my confidence after a difficult incident review';
const REFLECTION = 'I felt defensive when we talked about the rota; worth noticing next time';

describe('who sees what in matching', () => {
  let matching: MatchingTestApp;
  let topic: { received: PublishedMatchingMessage[]; stop(): Promise<void> };
  const organisationId = randomUUID();
  const otherOrganisationId = randomUUID();
  let lead: Principal;
  let otherLead: Principal;
  let manager: TestPerson;
  let mentor: TestPerson;
  let mentee: TestPerson;
  let colleague: Principal;
  let round: RoundView;
  let requestId: string;
  let relationshipId: string;

  const relationshipAs = (viewer: Principal) => matching.graphql<{ relationship: RelationshipView }>(RELATIONSHIP, { id: relationshipId }, viewer);

  beforeAll(async () => {
    matching = await startMatchingTestApp();
    topic = await watchMatchingTopic(matching);
    lead = principalOf(await matching.people.withRole(organisationId, 'programme_lead'));
    otherLead = principalOf(await matching.people.withRole(otherOrganisationId, 'programme_lead'));
    manager = await matching.people.add({ organisationId, displayName: 'Lee Manager' });
    mentor = await matching.people.add({ organisationId, displayName: 'Morgan Mentor', directorateId: randomUUID() });
    mentee = await matching.people.add({ organisationId, displayName: 'Sam Mentee', directorateId: randomUUID(), lineManagerId: manager.personId });
    colleague = principalOf(await matching.people.add({ organisationId, displayName: 'Casey Colleague' }));
    await matching.people.makeEligible(mentor, 'GENERAL', 'mentoring');

    requestId = await requestSupport(matching, principalOf(mentee), { goals: GOALS });
    round = await runRound(matching, lead, organisationId);
    expect(round.proposals.map((proposal) => proposal.coachId)).toEqual([mentor.personId]);
  });

  afterAll(async () => {
    await topic?.stop();
    await matching?.close();
  });

  describe('before the introduction', () => {
    it('shows the goals to the requester, and the request without goals to the lead', async () => {
      const mine = dataOf(await matching.graphql<{ myRequests: Array<{ id: string; goals: string | null }> }>(MY_REQUESTS, {}, principalOf(mentee))).myRequests;
      expect(mine).toEqual([expect.objectContaining({ id: requestId, goals: GOALS })]);

      const open = dataOf(await matching.graphql<{ openRequests: Array<{ id: string; goals: string | null }> }>(OPEN_REQUESTS, { programme: 'GENERAL' }, lead)).openRequests;
      expect(open).toEqual([expect.objectContaining({ id: requestId, goals: null })]);
    });

    it("keeps another organisation's lead out of this organisation's matching", async () => {
      const scope = organisationScope(organisationId);
      expect(codesOf(await matching.graphql(RUN_ROUND, { scope, programme: 'GENERAL' }, otherLead))).toEqual(['FORBIDDEN']);
      expect(
        codesOf(await matching.graphql(PIN, { scope, programme: 'GENERAL', requestId, coachId: mentor.personId, reason: 'I know them' }, otherLead)),
      ).toEqual(['FORBIDDEN']);
      expect(codesOf(await matching.graphql(MATCHING_ROUND, { id: round.id }, otherLead))).toEqual(['FORBIDDEN']);
      expect(codesOf(await matching.graphql(APPROVE, { roundId: round.id, requestId }, otherLead))).toEqual(['FORBIDDEN']);

      // Their own views hold nothing of this organisation.
      expect(dataOf(await matching.graphql<{ openRequests: unknown[] }>(OPEN_REQUESTS, {}, otherLead)).openRequests).toEqual([]);
      expect(await poolAs(matching, otherLead)).toEqual([]);
      expect((await poolAs(matching, lead)).map((coach) => coach.coachId)).toEqual([mentor.personId]);
    });

    it('keeps the lists for leads from members of staff', async () => {
      expect(codesOf(await matching.graphql(OPEN_REQUESTS, {}, colleague))).toEqual(['FORBIDDEN']);
      expect(codesOf(await matching.graphql(POOL, {}, colleague))).toEqual(['FORBIDDEN']);
      expect(codesOf(await matching.graphql(FOLLOW_UPS_DUE, {}, colleague))).toEqual(['FORBIDDEN']);
      expect(codesOf(await matching.graphql(RELATIONSHIPS_IN_MY_SCOPE, {}, colleague))).toEqual(['FORBIDDEN']);
      expect(codesOf(await matching.graphql(RUN_ROUND, { scope: organisationScope(organisationId), programme: 'GENERAL' }, principalOf(mentee)))).toEqual(['FORBIDDEN']);
    });
  });

  describe('once introduced and active', () => {
    beforeAll(async () => {
      relationshipId = (await approve(matching, lead, round.id, requestId)).id;
      const today = londonDateOf(matching.clock.now());
      dataOf(await matching.graphql(RECORD_CHEMISTRY, { id: relationshipId, on: today }, principalOf(mentee)));
      dataOf(await matching.graphql(CONFIRM, { id: relationshipId }, principalOf(mentee)));
      dataOf(await matching.graphql(CONFIRM, { id: relationshipId }, principalOf(mentor)));
      dataOf(await matching.graphql(LOG_SESSION, { id: relationshipId, input: { heldOn: today, minutes: 45, growStage: 'REALITY' } }, principalOf(mentor)));
    });

    it('shows the goals to the requester and their coach, never to the lead', async () => {
      expect(dataOf(await relationshipAs(principalOf(mentee))).relationship.goals).toBe(GOALS);
      expect(dataOf(await relationshipAs(principalOf(mentor))).relationship.goals).toBe(GOALS);
      expect(dataOf(await relationshipAs(lead)).relationship.goals).toBeNull();
      const inScope = dataOf(await matching.graphql<{ relationshipsInMyScope: RelationshipView[] }>(RELATIONSHIPS_IN_MY_SCOPE, {}, lead)).relationshipsInMyScope;
      expect(inScope).toEqual([expect.objectContaining({ id: relationshipId, goals: null, sessions: null })]);
    });

    it('shows the sessions to the pair only; the lead sees the counts', async () => {
      for (const party of [mentee, mentor]) {
        expect(dataOf(await relationshipAs(principalOf(party))).relationship.sessions).toEqual([expect.objectContaining({ minutes: 45, growStage: 'REALITY' })]);
      }
      const asLead = dataOf(await relationshipAs(lead)).relationship;
      expect(asLead).toMatchObject({ status: 'active', sessionsHeld: 1, sessions: null, mySide: null });
    });

    it('tells anyone else the relationship does not exist: a colleague, the line manager, another organisation’s lead', async () => {
      for (const outsider of [colleague, principalOf(manager), otherLead]) expect(codesOf(await relationshipAs(outsider))).toEqual(['NOT_FOUND']);
      expect(codesOf(await matching.graphql(LOG_SESSION, { id: relationshipId, input: { heldOn: londonDateOf(matching.clock.now()), minutes: 30 } }, colleague))).toEqual([
        'NOT_FOUND',
      ]);
    });

    it('tells the line manager only that their report takes part, and how far along', async () => {
      const reply = await matching.graphql<{ myReportsParticipation: unknown[] }>(MY_REPORTS_PARTICIPATION, {}, principalOf(manager));
      const active = dataOf(await relationshipAs(principalOf(mentee))).relationship;
      expect(dataOf(reply).myReportsParticipation).toEqual([
        { person: { id: mentee.personId, name: 'Sam Mentee' }, programme: 'GENERAL', role: 'coachee', status: 'active', since: active.activeFrom },
      ]);
      expect(JSON.stringify(reply)).not.toContain(GOALS);
      expect(dataOf(await matching.graphql<{ myReportsParticipation: unknown[] }>(MY_REPORTS_PARTICIPATION, {}, colleague)).myReportsParticipation).toEqual([]);
    });

    describe('private reflections', () => {
      it('are read back by their author only; the coach sees none of them and a stranger is told there is no such relationship', async () => {
        const added = dataOf(await matching.graphql<{ addReflection: { text: string } }>(ADD_REFLECTION, { id: relationshipId, text: REFLECTION }, principalOf(mentee)));
        expect(added.addReflection.text).toBe(REFLECTION);

        const mine = dataOf(await matching.graphql<{ myReflections: Array<{ text: string }> }>(MY_REFLECTIONS, { id: relationshipId }, principalOf(mentee)));
        expect(mine.myReflections.map((reflection) => reflection.text)).toEqual([REFLECTION]);
        expect(dataOf(await matching.graphql<{ myReflections: unknown[] }>(MY_REFLECTIONS, { id: relationshipId }, principalOf(mentor))).myReflections).toEqual([]);

        for (const outsider of [colleague, lead, principalOf(manager)]) {
          expect(codesOf(await matching.graphql(MY_REFLECTIONS, { id: relationshipId }, outsider))).toEqual(['NOT_FOUND']);
          expect(codesOf(await matching.graphql(ADD_REFLECTION, { id: relationshipId, text: 'Not mine to write' }, outsider))).toEqual(['NOT_FOUND']);
        }
      });

      it('never reach the event store, the stored rows in clear, or what the relay publishes', async () => {
        // A public event after the reflection: once it is published, anything written before it would have been too.
        const today = londonDateOf(matching.clock.now());
        dataOf(await matching.graphql(LOG_SESSION, { id: relationshipId, input: { heldOn: today, minutes: 30 } }, principalOf(mentee)));
        await waitFor(() => topic.received.filter((message) => message.event.event.case === 'sessionLogged').length >= 2, {
          timeoutMs: 15_000,
          description: 'the second session to be published',
        });

        const { rows: events } = await matching.pool.query<{ n: string }>('SELECT count(*) AS n FROM events WHERE data::text LIKE $1 OR metadata::text LIKE $1', [
          '%defensive%',
        ]);
        expect(Number(events[0]?.n)).toBe(0);
        const { rows: stored } = await matching.pool.query<{ ciphertext: Buffer }>('SELECT ciphertext FROM reflections WHERE relationship_id = $1', [relationshipId]);
        expect(stored).toHaveLength(1);
        expect(stored[0]?.ciphertext.toString('utf8')).not.toContain('defensive');

        expect(topic.received.length).toBeGreaterThan(0);
        for (const message of topic.received) {
          expect(message.value.toString('utf8')).not.toContain('defensive');
          expect(message.value.toString('utf8')).not.toContain('incident review');
        }
      });
    });
  });
});
