import { randomUUID } from 'node:crypto';
import { codesOf, dataOf } from '@tapestry/testing';
import { startSupervisionTestApp, type SupervisionTestApp } from '../testing/supervision-test-app';
import { registerPerson } from '../testing/supervision-flows';

jest.setTimeout(60_000);

const ASSIGN = 'mutation($coachId: ID!, $supervisorId: ID!) { assignSupervisor(coachId: $coachId, supervisorId: $supervisorId) }';
const HAND_OVER = 'mutation($coachId: ID!, $from: ID!, $to: ID!) { handOverSupervision(coachId: $coachId, fromSupervisorId: $from, toSupervisorId: $to) }';
const END = 'mutation($coachId: ID!, $supervisorId: ID!) { endSupervision(coachId: $coachId, supervisorId: $supervisorId, reason: "Moving to another trust") }';
const CASELOADS = 'query { caseloads { coachId } }';

describe('supervision: arrangements handed over and ended', () => {
  let supervision: SupervisionTestApp;

  beforeAll(async () => {
    supervision = await startSupervisionTestApp();
  });

  afterAll(async () => {
    await supervision?.close();
  });

  it('moves the coach to the new supervisor’s caseloads, and off everyone’s once ended', async () => {
    const organisationId = randomUUID();
    const [lead, first, second, coach, stranger] = await Promise.all([
      registerPerson(supervision, organisationId, 'Priya Lead', ['programme_lead']),
      registerPerson(supervision, organisationId, 'First Supervisor', ['supervisor']),
      registerPerson(supervision, organisationId, 'Second Supervisor', ['supervisor']),
      registerPerson(supervision, organisationId, 'Casey Coach', ['coach']),
      registerPerson(supervision, organisationId, 'A Colleague'),
    ]);
    const caseloadsOf = async (supervisor: typeof first) =>
      dataOf(await supervision.graphql<{ caseloads: Array<{ coachId: string }> }>(CASELOADS, {}, supervisor.principal)).caseloads.map((caseload) => caseload.coachId);

    expect(codesOf(await supervision.graphql(ASSIGN, { coachId: coach.personId, supervisorId: stranger.personId }, lead.principal))).toEqual(['NOT_A_SUPERVISOR']);
    expect(codesOf(await supervision.graphql(ASSIGN, { coachId: coach.personId, supervisorId: first.personId }, stranger.principal))).toEqual(['FORBIDDEN']);
    dataOf(await supervision.graphql(ASSIGN, { coachId: coach.personId, supervisorId: first.personId }, lead.principal));
    expect(await caseloadsOf(first)).toEqual([coach.personId]);

    dataOf(await supervision.graphql(HAND_OVER, { coachId: coach.personId, from: first.personId, to: second.personId }, lead.principal));
    expect(await caseloadsOf(first)).toEqual([]);
    expect(await caseloadsOf(second)).toEqual([coach.personId]);

    expect(codesOf(await supervision.graphql(END, { coachId: coach.personId, supervisorId: second.personId }, stranger.principal))).toEqual(['FORBIDDEN']);
    dataOf(await supervision.graphql(END, { coachId: coach.personId, supervisorId: second.personId }, second.principal));
    expect(await caseloadsOf(second)).toEqual([]);
    expect(codesOf(await supervision.graphql(END, { coachId: coach.personId, supervisorId: second.personId }, lead.principal))).toEqual(['ALREADY_ENDED']);
  });
});
