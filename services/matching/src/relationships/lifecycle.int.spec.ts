import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import { londonDateOf } from '@tapestry/domain';
import {
  approve,
  CLOSE,
  codesOf,
  CONFIRM,
  dataOf,
  LOG_SESSION,
  principalOf,
  RECORD_CHEMISTRY,
  RELATIONSHIP,
  requestSupport,
  runRound,
  SET_COACH_PREFERENCES,
  startMatchingTestApp,
  type MatchingTestApp,
  type RelationshipView,
  type TestPerson,
} from '../testing';

jest.setTimeout(90_000);

const DAY_MS = 86_400_000;

describe('matching: a relationship from request to closure', () => {
  let matching: MatchingTestApp;
  const organisationId = randomUUID();
  const siteId = randomUUID();
  let lead: Principal;
  let mentor: TestPerson;
  let mentee: TestPerson;

  beforeAll(async () => {
    matching = await startMatchingTestApp();
    lead = principalOf(await matching.people.withRole(organisationId, 'programme_lead', { displayName: 'Priya Lead', workEmail: 'priya.lead@trust.example' }));
    mentor = await matching.people.add({ organisationId, displayName: 'Morgan Mentor', workEmail: 'morgan@trust.example', siteId, shiftPattern: 'nights', directorateId: randomUUID() });
    mentee = await matching.people.add({ organisationId, displayName: 'Sam Mentee', workEmail: 'sam@trust.example', siteId, shiftPattern: 'nights', directorateId: randomUUID() });
    await matching.people.makeEligible(mentor, 'GENERAL', 'mentoring');
  });

  afterAll(async () => {
    await matching?.close();
  });

  const as = (person: TestPerson) => principalOf(person);
  const relationship = async (id: string, viewer: Principal) =>
    dataOf(await matching.graphql<{ relationship: RelationshipView }>(RELATIONSHIP, { id }, viewer)).relationship;

  it('matches, introduces by mail with a calendar invitation, and carries the pair through sessions, follow-ups, a restart and closure', async () => {
    dataOf(await matching.graphql(SET_COACH_PREFERENCES, { input: { capacity: 2, tags: ['led a band-7 interview panel'], formats: ['IN_PERSON'] } }, as(mentor)));
    const requestId = await requestSupport(matching, as(mentee), { topics: ['led a band-7 interview panel'], preferences: { sameSite: true, shiftCompatible: true } });

    const round = await runRound(matching, lead, organisationId);
    expect(round.proposals).toEqual([expect.objectContaining({ requestId, coachId: mentor.personId, coachName: 'Morgan Mentor' })]);
    expect(round.proposals[0].reasons.join('; ')).toMatch(/same site/);
    expect(round.proposals[0].reasons.join('; ')).toMatch(/nights/);

    const introduced = await approve(matching, lead, round.id, requestId);
    expect(introduced.status).toBe('introduced');
    expect(introduced.goals).toBeNull();

    const mail = await matching.mail.waitForMessage((message) => message.subject.includes('Sam Mentee'), 15_000);
    expect(mail.to.map((to) => to.address).sort()).toEqual(['morgan@trust.example', 'sam@trust.example']);
    const invitation = mail.attachments.find((attachment) => attachment.filename?.endsWith('.ics'));
    expect(invitation?.content.toString()).toContain('BEGIN:VEVENT');
    expect(mail.text).not.toContain('band 7 interview');

    // The coach sees the goals from the introduction on; a lead never does.
    expect((await relationship(introduced.id, as(mentor))).goals).toBe('Prepare for a band 7 interview panel');
    expect((await relationship(introduced.id, lead)).goals).toBeNull();

    const today = londonDateOf(matching.clock.now());
    dataOf(await matching.graphql(RECORD_CHEMISTRY, { id: introduced.id, on: today }, as(mentee)));
    dataOf(await matching.graphql(CONFIRM, { id: introduced.id }, as(mentee)));
    expect(codesOf(await matching.graphql(CONFIRM, { id: introduced.id }, as(mentee)))).toEqual(['ALREADY_CONFIRMED']);
    const active = dataOf(await matching.graphql<{ confirmRelationship: RelationshipView }>(CONFIRM, { id: introduced.id }, as(mentor))).confirmRelationship;
    expect(active.status).toBe('active');

    const logged = dataOf(
      await matching.graphql<{ logSession: RelationshipView }>(LOG_SESSION, { id: introduced.id, input: { heldOn: today, minutes: 60, growStage: 'GOAL' } }, as(mentor)),
    ).logSession;
    expect(logged.sessions).toEqual([expect.objectContaining({ heldOn: today, minutes: 60, growStage: 'GOAL' })]);
    expect(codesOf(await matching.graphql(LOG_SESSION, { id: introduced.id, input: { heldOn: today, minutes: 91 } }, as(mentor)))).toEqual(['SESSION_TOO_LONG']);
    const tomorrow = londonDateOf(new Date(matching.clock.now().getTime() + DAY_MS));
    expect(codesOf(await matching.graphql(LOG_SESSION, { id: introduced.id, input: { heldOn: tomorrow, minutes: 30 } }, as(mentor)))).toEqual(['DATE_IN_FUTURE']);

    // Six weeks and a day without a session: both are nudged.
    matching.clock.advanceDays(43);
    await matching.followUps.runDue();
    const nudge = await matching.mail.waitForMessage((message) => /still meeting/i.test(message.subject), 15_000);
    expect(nudge.to.map((to) => to.address).sort()).toEqual(['morgan@trust.example', 'sam@trust.example']);

    // The deadlines are in PostgreSQL: after a restart, the six-month check still comes.
    matching = await matching.restart();
    matching.clock.set(new Date(Date.parse(`${active.reviewDueOn}T12:00:00Z`)));
    await matching.followUps.runDue();
    await matching.mail.waitForMessage((message) => /six.month/i.test(message.subject), 15_000);
    expect((await relationship(introduced.id, as(mentor))).status).toBe('active');

    const closed = dataOf(
      await matching.graphql<{ closeRelationship: RelationshipView }>(CLOSE, { id: introduced.id, input: { reason: 'GOALS_MET', outcome: 'ACHIEVED', feedback: 'Thank you' } }, as(mentee)),
    ).closeRelationship;
    expect(closed.status).toBe('closed');
    expect(codesOf(await matching.graphql(LOG_SESSION, { id: introduced.id, input: { heldOn: londonDateOf(matching.clock.now()), minutes: 30 } }, as(mentor)))).toEqual([
      'RELATIONSHIP_CLOSED',
    ]);
  });
});
