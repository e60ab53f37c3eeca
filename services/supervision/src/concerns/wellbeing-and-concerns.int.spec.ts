import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import { Programme, RelationshipIntroducedSchema, RelationshipRole, toTimestamp } from '@tapestry/contracts';
import { codesOf, dataOf } from '@tapestry/testing';
import { startSupervisionTestApp, type SupervisionTestApp } from '../testing/supervision-test-app';
import { publishMatching, registerPerson, waitForFacts, type TestStaff } from '../testing/supervision-flows';

jest.setTimeout(90_000);

const ASSIGN = 'mutation($coachId: ID!, $supervisorId: ID!) { assignSupervisor(coachId: $coachId, supervisorId: $supervisorId) }';
const CHECK_IN = 'mutation($scores: WellbeingScoresInput!, $text: String) { recordWellbeingCheckIn(scores: $scores, text: $text) }';
const CASELOAD = 'query($coachId: ID!) { caseload(coachId: $coachId) { flags { kind } fatigue { level factors { factor } } } }';
const RAISE = 'mutation($id: ID!, $summary: String!) { raiseConcern(relationshipId: $id, kind: SAFEGUARDING, summary: $summary) { id status } }';
const RESOLVE = 'mutation($id: ID!) { resolveConcern(concernId: $id, resolution: "Discussed in supervision; safeguarding lead informed") { id status audit { action } } }';
const CONCERNS = 'query { concerns { id summary status } }';
const POLICY = 'mutation($org: ID!) { setConcernPolicy(organisationId: $org, sendToProgrammeLead: true) }';
const RECORD = 'query($coachId: ID!) { supervisionRecord(coachId: $coachId) { checkIns { total text } } }';

describe('supervision: wellbeing check-ins and concerns', () => {
  let supervision: SupervisionTestApp;
  const organisationId = randomUUID();
  let lead: TestStaff;
  let supervisor: TestStaff;
  let coach: TestStaff;
  const relationshipId = randomUUID();

  beforeAll(async () => {
    supervision = await startSupervisionTestApp();
    lead = await registerPerson(supervision, organisationId, 'Priya Lead', ['programme_lead']);
    supervisor = await registerPerson(supervision, organisationId, 'Sam Supervisor', ['supervisor']);
    coach = await registerPerson(supervision, organisationId, 'Casey Coach', ['coach']);
    dataOf(await supervision.graphql(ASSIGN, { coachId: coach.personId, supervisorId: supervisor.personId }, lead.principal));
    const now = supervision.clock.now();
    await publishMatching(supervision, relationshipId, organisationId, [
      {
        case: 'relationshipIntroduced',
        value: create(RelationshipIntroducedSchema, {
          relationshipId,
          coachId: coach.personId,
          organisationId,
          requestId: randomUUID(),
          coacheeId: randomUUID(),
          coacheeOrganisationId: organisationId,
          programme: Programme.GENERAL,
          role: RelationshipRole.COACH,
          requestedAt: toTimestamp(now),
          introducedAt: toTimestamp(now),
          chemistryMeetingAt: toTimestamp(now),
        }),
      },
    ]);
    await waitForFacts(supervision, coach.personId, 1);
  });

  afterAll(async () => {
    await supervision?.close();
  });

  it('flags a low check-in and raises the fatigue risk, without showing the coach’s words to the lead', async () => {
    const low = { energy: 2, coping: 2, detachment: 2, support: 3, growth: 2 };
    expect(codesOf(await supervision.graphql(CHECK_IN, { scores: { ...low, energy: 6 } }, coach.principal))).toEqual(['SCORE_OUT_OF_RANGE']);
    dataOf(await supervision.graphql(CHECK_IN, { scores: low, text: 'I dread Monday sessions' }, coach.principal));
    const caseload = dataOf(await supervision.graphql<{ caseload: { flags: Array<{ kind: string }>; fatigue: { level: string } } }>(CASELOAD, { coachId: coach.personId }, supervisor.principal))
      .caseload;
    expect(caseload.flags.map((flag) => flag.kind)).toContain('LOW_WELLBEING');
    expect(caseload.fatigue.level).not.toBe('low');
    const leadView = await supervision.graphql(CASELOAD, { coachId: coach.personId }, lead.principal);
    expect(dataOf(leadView)).toBeDefined();
    expect(JSON.stringify(leadView)).not.toContain('dread');

    // The words are for the coach and their supervisor; the lead cannot read the record at all.
    const record = dataOf(await supervision.graphql<{ supervisionRecord: { checkIns: Array<{ total: number; text: string | null }> } }>(RECORD, { coachId: coach.personId }, supervisor.principal));
    expect(record.supervisionRecord.checkIns).toEqual([{ total: 11, text: 'I dread Monday sessions' }]);
    expect(codesOf(await supervision.graphql(RECORD, { coachId: coach.personId }, lead.principal))).toEqual(['NOT_FOUND']);
  });

  it('sends a concern to the coach’s supervisor alone, tracks it to resolution with an audit trail, and refuses to resolve it twice', async () => {
    const raised = dataOf(await supervision.graphql<{ raiseConcern: { id: string; status: string } }>(RAISE, { id: relationshipId, summary: 'A disclosure about a colleague' }, coach.principal))
      .raiseConcern;
    expect(raised.status).toBe('raised');
    expect(dataOf(await supervision.graphql<{ concerns: Array<{ id: string }> }>(CONCERNS, {}, supervisor.principal)).concerns.map((c) => c.id)).toEqual([raised.id]);
    expect(dataOf(await supervision.graphql<{ concerns: unknown[] }>(CONCERNS, {}, lead.principal)).concerns).toEqual([]);
    expect(codesOf(await supervision.graphql(RESOLVE, { id: raised.id }, lead.principal))).toEqual(['FORBIDDEN']);
    expect(codesOf(await supervision.graphql(RAISE, { id: relationshipId, summary: 'Not mine' }, supervisor.principal))).toEqual(['FORBIDDEN']);

    const resolved = dataOf(await supervision.graphql<{ resolveConcern: { status: string; audit: Array<{ action: string }> } }>(RESOLVE, { id: raised.id }, supervisor.principal))
      .resolveConcern;
    expect(resolved.status).toBe('resolved');
    expect(resolved.audit.map((entry) => entry.action)).toEqual(['raised', 'resolved']);
    expect(codesOf(await supervision.graphql(RESOLVE, { id: raised.id }, supervisor.principal))).toEqual(['ALREADY_RESOLVED']);
  });

  it('also sends concerns to the programme lead where the organisation’s policy says so', async () => {
    expect(codesOf(await supervision.graphql(POLICY, { org: organisationId }, coach.principal))).toEqual(['FORBIDDEN']);
    dataOf(await supervision.graphql(POLICY, { org: organisationId }, lead.principal));
    const raised = dataOf(await supervision.graphql<{ raiseConcern: { id: string } }>(RAISE, { id: relationshipId, summary: 'A boundary crossed at a team event' }, coach.principal))
      .raiseConcern;
    expect(dataOf(await supervision.graphql<{ concerns: Array<{ id: string }> }>(CONCERNS, {}, lead.principal)).concerns.map((c) => c.id)).toEqual([raised.id]);
    expect(dataOf(await supervision.graphql<{ concerns: Array<{ id: string }> }>(CONCERNS, {}, supervisor.principal)).concerns.map((c) => c.id)).toContain(raised.id);
  });
});
