/**
 * @jest-environment <rootDir>/services/platform/src/testing/e2e-environment.ts
 */
import { waitFor } from '@tapestry/testing';
import { dataOf, errorCodes } from '../testing/graphql-client';
import { startTestPlatform, type SignedIn, type TestPlatform } from '../testing/test-platform';
import { londonNow } from '../e2e-training/london-today';
import { waitUntilDemoTrainingSeeded } from '../e2e-training/training-operations';
import {
  ADD_REFLECTION,
  APPROVE,
  CONFIRM,
  LOG_SESSION,
  MY_REFLECTIONS,
  PIN,
  POOL,
  RECORD_CHEMISTRY,
  RELATIONSHIP,
  REQUEST_SUPPORT,
  RUN_ROUND,
  type RelationshipReply,
  type RoundReply,
} from './matching-operations';

jest.setTimeout(60_000);

const GOALS = 'Get ready for my first band 7 interview panel';

/** Issue 4's lifecycle through the gateway, on the platform `npm start` runs, with the demo trust's trained mentors. */
describe('matching through the gateway', () => {
  let platform: TestPlatform;
  const as: Record<string, SignedIn> = {};

  beforeAll(async () => {
    platform = await startTestPlatform();
    for (const { role } of platform.logins.logins) as[role] = await platform.signInAs(role);
    await waitUntilDemoTrainingSeeded(platform, as.coach);
    // As long as the other platform specs allow: the training seed alone may take up to 180 s on a busy machine.
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('a member of staff asks for a mentor, the lead matches and introduces them by mail, and the pair meet and log a session', async () => {
    const scope = { kind: 'ORGANISATION', id: as.programme_lead.organisationId };
    // Training's eligibility reaches matching over the bus: the demo mentor joins the pool.
    await waitFor(
      async () => {
        const reply = await platform.graphql<{ pool: Array<{ coachId: string }> }>(POOL, {}, as.programme_lead.token);
        return dataOf(reply).pool.some((coach) => coach.coachId === as.mentor.personId);
      },
      { timeoutMs: 30_000, description: 'the demo mentor in matching’s pool' },
    );

    const request = dataOf(
      await platform.graphql<{ requestSupport: { id: string; goals: string } }>(
        REQUEST_SUPPORT,
        { input: { programme: 'GENERAL', kind: 'MENTORING', goals: GOALS, topics: ['interview panels'] } },
        as.staff.token,
      ),
    ).requestSupport;
    expect(request.goals).toBe(GOALS);

    dataOf(await platform.graphql(PIN, { scope, requestId: request.id, coachId: as.mentor.personId, reason: 'Asked for by name at the induction day' }, as.programme_lead.token));
    const round = dataOf(await platform.graphql<{ runMatchingRound: RoundReply }>(RUN_ROUND, { scope }, as.programme_lead.token)).runMatchingRound;
    const proposal = round.proposals.find((candidate) => candidate.requestId === request.id);
    expect(proposal).toEqual(expect.objectContaining({ coachId: as.mentor.personId, pinned: true }));
    expect(proposal?.reasons.length).toBeGreaterThan(0);

    const introduced = dataOf(
      await platform.graphql<{ approveProposal: RelationshipReply }>(APPROVE, { roundId: round.id, requestId: request.id }, as.programme_lead.token),
    ).approveProposal;
    expect(introduced.status).toBe('introduced');

    const mail = await platform.mail.waitForMessage((message) => message.subject.startsWith('Introduction:'), 30_000);
    expect(mail.to.map((to) => to.address).sort()).toEqual(
      [platform.logins.logins.find((login) => login.role === 'staff')?.email, platform.logins.logins.find((login) => login.role === 'mentor')?.email].sort(),
    );
    expect(mail.attachments.some((attachment) => attachment.contentType.startsWith('text/calendar'))).toBe(true);
    expect(mail.text).not.toContain(GOALS);

    const today = londonNow().date;
    const id = introduced.id;
    dataOf(await platform.graphql(RECORD_CHEMISTRY, { id, on: today }, as.mentor.token));
    dataOf(await platform.graphql(CONFIRM, { id }, as.staff.token));
    const active = dataOf(await platform.graphql<{ confirmRelationship: RelationshipReply }>(CONFIRM, { id }, as.mentor.token)).confirmRelationship;
    expect(active.status).toBe('active');
    expect(active.goals).toBe(GOALS);

    const logged = dataOf(
      await platform.graphql<{ logSession: RelationshipReply }>(LOG_SESSION, { id, input: { heldOn: today, minutes: 75 } }, as.staff.token),
    ).logSession;
    expect(logged.sessions).toEqual([{ heldOn: today, minutes: 75 }]);
    expect(errorCodes(await platform.graphql(LOG_SESSION, { id, input: { heldOn: today, minutes: 120 } }, as.staff.token))).toEqual(['SESSION_TOO_LONG']);

    // The lead sees status and counts, not goals or sessions; a line manager, an analyst and a supervisor see nothing.
    const leadView = dataOf(await platform.graphql<{ relationship: RelationshipReply }>(RELATIONSHIP, { id }, as.programme_lead.token)).relationship;
    expect(leadView).toEqual(expect.objectContaining({ status: 'active', sessionsHeld: 1, goals: null, sessions: null }));
    for (const role of ['line_manager', 'analyst', 'supervisor']) {
      expect(errorCodes(await platform.graphql(RELATIONSHIP, { id }, as[role].token))).toEqual(['NOT_FOUND']);
    }

    // Reflections are the author's alone.
    dataOf(await platform.graphql(ADD_REFLECTION, { id, text: 'I was more nervous than I expected.' }, as.staff.token));
    expect(dataOf(await platform.graphql<{ myReflections: Array<{ text: string }> }>(MY_REFLECTIONS, { id }, as.staff.token)).myReflections).toEqual([
      { text: 'I was more nervous than I expected.' },
    ]);
    expect(dataOf(await platform.graphql<{ myReflections: unknown[] }>(MY_REFLECTIONS, { id }, as.mentor.token)).myReflections).toEqual([]);

    // After a restart the relationship and its session are still there.
    await platform.restart();
    const staff = await platform.signInAs('staff');
    const after = dataOf(await platform.graphql<{ relationship: RelationshipReply }>(RELATIONSHIP, { id }, staff.token)).relationship;
    expect(after).toEqual(expect.objectContaining({ status: 'active', sessionsHeld: 1 }));
  });
});
