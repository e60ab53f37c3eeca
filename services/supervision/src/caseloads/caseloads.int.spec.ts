import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import { decodeSupervisionEvent, RelationshipActivatedSchema, RelationshipIntroducedSchema, RelationshipRole, SessionLoggedSchema, toTimestamp, topicFor, Programme } from '@tapestry/contracts';
import { londonDateOf, addDays } from '@tapestry/domain';
import { rebuildProjection } from '@tapestry/eventsourcing';
import { codesOf, dataOf, waitFor } from '@tapestry/testing';
import { caseloadFactsProjection } from './caseload-facts.projection';
import { startSupervisionTestApp, type SupervisionTestApp } from '../testing/supervision-test-app';
import { joinConsortium, publishMatching, registerPerson, waitForFacts, type TestStaff } from '../testing/supervision-flows';

jest.setTimeout(90_000);

const ASSIGN = 'mutation($coachId: ID!, $supervisorId: ID!) { assignSupervisor(coachId: $coachId, supervisorId: $supervisorId) }';
const CASELOADS = `query { caseloads { coachId coachName capacityUsed active { reference programme sessionsHeld lastSessionOn status } flags { kind reference message facts } } }`;
const CASELOAD = 'query($coachId: ID!) { caseload(coachId: $coachId) { coachId paused pausedBySupervisor active { reference } flags { kind } } }';
const LOG = 'mutation($input: LogSupervisionSessionInput!) { logSupervisionSession(input: $input) }';
const PAUSE = 'mutation($coachId: ID!, $reason: String!) { pauseCoach(coachId: $coachId, reason: $reason) }';
const RESUME = 'mutation($coachId: ID!) { resumeCoach(coachId: $coachId) }';

interface CaseloadReply {
  coachId: string;
  coachName: string;
  capacityUsed: number;
  active: Array<{ reference: string; programme: string; sessionsHeld: number; lastSessionOn: string | null; status: string }>;
  flags: Array<{ kind: string; reference: string | null; message: string; facts: string }>;
}

describe('supervision: arrangements, caseloads from matching’s events, sessions and pauses', () => {
  let supervision: SupervisionTestApp;
  const organisationId = randomUUID();
  let lead: TestStaff;
  let supervisor: TestStaff;
  let coach: TestStaff;
  const relationshipId = randomUUID();
  const coacheeId = randomUUID();

  beforeAll(async () => {
    supervision = await startSupervisionTestApp();
    lead = await registerPerson(supervision, organisationId, 'Priya Lead', ['programme_lead']);
    supervisor = await registerPerson(supervision, organisationId, 'Sam Supervisor', ['supervisor']);
    coach = await registerPerson(supervision, organisationId, 'Casey Coach', ['coach']);
  });

  afterAll(async () => {
    await supervision?.close();
  });

  it('builds a supervisor’s caseload from matching’s events alone, with no coachee in it, and flags a relationship gone quiet', async () => {
    dataOf(await supervision.graphql(ASSIGN, { coachId: coach.personId, supervisorId: supervisor.personId }, lead.principal));
    const now = supervision.clock.now();
    const today = londonDateOf(now);
    const base = { relationshipId, coachId: coach.personId, organisationId };
    await publishMatching(supervision, relationshipId, organisationId, [
      {
        case: 'relationshipIntroduced',
        value: create(RelationshipIntroducedSchema, {
          ...base,
          requestId: randomUUID(),
          coacheeId,
          coacheeOrganisationId: organisationId,
          programme: Programme.GENERAL,
          role: RelationshipRole.COACH,
          requestedAt: toTimestamp(now),
          introducedAt: toTimestamp(now),
          chemistryMeetingAt: toTimestamp(now),
        }),
      },
      { case: 'relationshipActivated', value: create(RelationshipActivatedSchema, { ...base, activeFrom: today, reviewDueOn: addDays(today, 182) }) },
      { case: 'sessionLogged', value: create(SessionLoggedSchema, { ...base, sessionId: randomUUID(), role: RelationshipRole.COACH, heldOn: today, durationMinutes: 60 }) },
    ]);
    await waitForFacts(supervision, coach.personId, 3);

    const [caseload] = dataOf(await supervision.graphql<{ caseloads: CaseloadReply[] }>(CASELOADS, {}, supervisor.principal)).caseloads;
    expect(caseload).toEqual(expect.objectContaining({ coachId: coach.personId, coachName: 'Casey Coach', capacityUsed: 1 }));
    expect(caseload?.active).toEqual([expect.objectContaining({ programme: 'GENERAL', sessionsHeld: 1, lastSessionOn: today })]);
    expect(JSON.stringify(caseload)).not.toContain(coacheeId);

    supervision.clock.advanceDays(7 * 7);
    const later = dataOf(await supervision.graphql<{ caseloads: CaseloadReply[] }>(CASELOADS, {}, supervisor.principal)).caseloads[0];
    const quiet = later?.flags.find((flag) => flag.reference === caseload?.active[0]?.reference);
    expect(quiet).toBeDefined();
    expect(JSON.parse(quiet?.facts ?? '{}')).toEqual(expect.objectContaining({ lastSessionOn: today }));

    // Rebuilt from position 0 of supervision's own record of matching's messages, the caseloads are the same.
    const progress: number[] = [];
    await rebuildProjection(supervision.pool, supervision.store.events, caseloadFactsProjection, { onProgress: (p) => progress.push(p.processed) });
    expect(progress.at(-1)).toBeGreaterThanOrEqual(3);
    const rebuilt = dataOf(await supervision.graphql<{ caseloads: CaseloadReply[] }>(CASELOADS, {}, supervisor.principal)).caseloads;
    expect(rebuilt[0]).toEqual(later);
  });

  it('lets only the supervisor, the coach and a lead over them see a caseload', async () => {
    expect(dataOf(await supervision.graphql<{ caseload: { coachId: string } }>(CASELOAD, { coachId: coach.personId }, coach.principal)).caseload.coachId).toBe(coach.personId);
    expect(dataOf(await supervision.graphql<{ caseload: { coachId: string } }>(CASELOAD, { coachId: coach.personId }, lead.principal)).caseload.coachId).toBe(coach.personId);
    const colleague = await registerPerson(supervision, organisationId, 'Another Supervisor', ['supervisor']);
    expect(codesOf(await supervision.graphql(CASELOAD, { coachId: coach.personId }, colleague.principal))).toEqual(['NOT_FOUND']);
    expect(dataOf(await supervision.graphql<{ caseloads: unknown[] }>(CASELOADS, {}, colleague.principal)).caseloads).toEqual([]);
  });

  it('refuses bad arrangements and sessions', async () => {
    expect(codesOf(await supervision.graphql(ASSIGN, { coachId: supervisor.personId, supervisorId: supervisor.personId }, lead.principal))).toEqual(['SELF_SUPERVISION']);
    const elsewhere = randomUUID();
    const outsider = await registerPerson(supervision, elsewhere, 'Far Supervisor', ['supervisor']);
    expect(codesOf(await supervision.graphql(ASSIGN, { coachId: coach.personId, supervisorId: outsider.personId }, lead.principal))).toEqual(['NOT_SHARED']);
    const consortiumId = randomUUID();
    await joinConsortium(supervision, consortiumId, organisationId);
    await joinConsortium(supervision, consortiumId, elsewhere);
    dataOf(await supervision.graphql(ASSIGN, { coachId: coach.personId, supervisorId: outsider.personId }, lead.principal));

    const today = londonDateOf(supervision.clock.now());
    const session = (input: Record<string, unknown>) =>
      supervision.graphql(LOG, { input: { format: 'ONE_TO_ONE', superviseeIds: [coach.personId], heldOn: today, minutes: 60, themes: ['ETHICS'], ...input } }, supervisor.principal);
    expect(codesOf(await session({ heldOn: addDays(today, 1) }))).toEqual(['DATE_IN_FUTURE']);
    expect(codesOf(await session({ minutes: 5000 }))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await session({ minutes: 600 }))).toEqual(['SESSION_LENGTH_OUT_OF_RANGE']);
    dataOf(await session({}));
  });

  it('publishes a pause and a resume for training and matching, and refuses to pause twice', async () => {
    const received: string[] = [];
    const subscription = await supervision.transport.subscribe({
      groupId: `test-${randomUUID()}`,
      topics: [topicFor('supervision')],
      fromBeginning: true,
      handler: (message) => {
        const { event } = decodeSupervisionEvent(message.value);
        if (event.case === 'coachPauseChanged' && event.value.coachId === coach.personId) received.push(event.value.paused ? 'paused' : 'resumed');
        if (event.case === 'supervisionSessionHeld' && event.value.superviseeId === coach.personId) received.push(`session ${event.value.durationMinutes}`);
        return Promise.resolve();
      },
    });
    try {
      dataOf(await supervision.graphql(PAUSE, { coachId: coach.personId, reason: 'Needs a rest after a hard winter' }, supervisor.principal));
      const seenByLead = dataOf(await supervision.graphql<{ caseload: { paused: boolean; pausedBySupervisor: boolean } }>(CASELOAD, { coachId: coach.personId }, lead.principal));
      expect(seenByLead.caseload).toEqual(expect.objectContaining({ paused: true, pausedBySupervisor: true }));
      expect(JSON.stringify(seenByLead)).not.toContain('hard winter');
      expect(codesOf(await supervision.graphql(PAUSE, { coachId: coach.personId, reason: 'Again' }, supervisor.principal))).toEqual(['ALREADY_PAUSED']);
      dataOf(await supervision.graphql(RESUME, { coachId: coach.personId }, supervisor.principal));
      expect(codesOf(await supervision.graphql(RESUME, { coachId: coach.personId }, supervisor.principal))).toEqual(['NOT_PAUSED']);
      expect(codesOf(await supervision.graphql(PAUSE, { coachId: coach.personId, reason: 'Not yours' }, lead.principal))).toEqual(['FORBIDDEN']);
      await waitFor(() => received.includes('resumed'), { timeoutMs: 15_000, description: 'the pause and resume on the supervision topic' });
      expect(received).toEqual(['session 60', 'paused', 'resumed']);
    } finally {
      await subscription.stop();
    }
  });
});
