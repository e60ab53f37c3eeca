import { randomUUID } from 'node:crypto';
import { addDays, londonDateOf, londonWallTimeToUtc } from '../common';
import { codesOf, dataOf, principalOf, startTrainingTestApp, type TestPerson, type TrainingTestApp } from '../testing';

// A whole service on a shared 2-core machine: starting it can be slow under load.
jest.setTimeout(60_000);

const CENTRE = 'id date assessorIds candidates { personId outcome feedback }';
const PLAN = `mutation($input: PlanAssessmentCentreInput!) { planAssessmentCentre(input: $input) { ${CENTRE} } }`;
const ADD = `mutation($c: ID!, $p: ID!) { addAssessmentCentreCandidate(centreId: $c, personId: $p) { ${CENTRE} } }`;
const OUTCOME = `mutation($c: ID!, $p: ID!, $o: AssessmentCentreOutcome!, $f: String!) {
  recordAssessmentCentreOutcome(centreId: $c, personId: $p, outcome: $o, feedback: $f) { ${CENTRE} } }`;
const CENTRES = `query($o: ID!) { assessmentCentres(organisationId: $o) { ${CENTRE} } }`;

interface Centre {
  id: string;
  date: string;
  assessorIds: string[];
  candidates: { personId: string; outcome: string | null; feedback: string | null }[];
}

describe('training: the assessment centre', () => {
  let training: TrainingTestApp;
  let organisationId: string;
  let lead: TestPerson;
  let supervisor: TestPerson;

  const today = () => londonDateOf(training.clock.now());
  const streamsOfType = async (): Promise<number> =>
    Number((await training.pool.query<{ n: string }>("SELECT count(*) AS n FROM events WHERE stream_type = 'assessment_centre'")).rows[0]?.n);
  const plan = async (date = addDays(today(), 7)): Promise<Centre> =>
    dataOf(await training.graphql<{ planAssessmentCentre: Centre }>(PLAN, { input: { organisationId, date, assessorIds: [supervisor.personId] } }, principalOf(lead)))
      .planAssessmentCentre;

  beforeAll(async () => {
    training = await startTrainingTestApp();
    organisationId = randomUUID();
    lead = await training.people.withRole(organisationId, 'programme_lead', 'Priya Lead');
    supervisor = await training.people.withRole(organisationId, 'supervisor', 'Sol Supervisor');
  });

  afterEach(() => training.clock.set(new Date()));
  afterAll(() => training.close());

  it('plans a centre, adds a candidate and lets an assessor record the outcome on the day', async () => {
    const candidate = await training.people.add({ organisationId, displayName: 'Asha Candidate' });
    const centre = await plan();
    dataOf(await training.graphql(ADD, { c: centre.id, p: candidate.personId }, principalOf(lead)));
    const outcome = { c: centre.id, p: candidate.personId, o: 'SELECTED', f: 'Strong contracting and listening.' };

    expect(codesOf(await training.graphql(OUTCOME, outcome, principalOf(supervisor)))).toEqual(['EVENT_NOT_STARTED']);
    training.clock.set(londonWallTimeToUtc(centre.date, '15:00'));
    expect(codesOf(await training.graphql(OUTCOME, outcome, principalOf(lead)))).toEqual(['NOT_ASSESSOR']);
    const recorded = dataOf(await training.graphql<{ recordAssessmentCentreOutcome: Centre }>(OUTCOME, outcome, principalOf(supervisor)));

    expect(recorded.recordAssessmentCentreOutcome.candidates).toEqual([{ personId: candidate.personId, outcome: 'SELECTED', feedback: 'Strong contracting and listening.' }]);
    expect(codesOf(await training.graphql(OUTCOME, { ...outcome, o: 'DECLINED' }, principalOf(supervisor)))).toEqual(['ALREADY_DECIDED']);
    const admin = await training.people.withRole(organisationId, 'organisation_admin');
    const asAdmin = dataOf(await training.graphql<{ assessmentCentres: Centre[] }>(CENTRES, { o: organisationId }, principalOf(admin))).assessmentCentres;
    expect(asAdmin.find((seen) => seen.id === centre.id)?.candidates).toEqual([{ personId: candidate.personId, outcome: 'SELECTED', feedback: null }]);
    const asLead = dataOf(await training.graphql<{ assessmentCentres: Centre[] }>(CENTRES, { o: organisationId }, principalOf(lead))).assessmentCentres;
    expect(asLead.find((seen) => seen.id === centre.id)?.candidates[0]?.feedback).toBe('Strong contracting and listening.');
  });

  it('refuses to plan for someone who does not lead the programme, with a non-assessor, or in the past, writing nothing', async () => {
    const before = await streamsOfType();
    const colleague = await training.people.add({ organisationId, displayName: 'Sam Staff' });
    const input = { organisationId, date: addDays(today(), 7), assessorIds: [supervisor.personId] };

    expect(codesOf(await training.graphql(PLAN, { input }, principalOf(colleague)))).toEqual(['FORBIDDEN']);
    expect(codesOf(await training.graphql(PLAN, { input: { ...input, assessorIds: [colleague.personId] } }, principalOf(lead)))).toEqual(['NOT_ASSESSOR']);
    expect(codesOf(await training.graphql(PLAN, { input: { ...input, date: addDays(today(), -1) } }, principalOf(lead)))).toEqual(['EVENT_IN_PAST']);
    expect(codesOf(await training.graphql(CENTRES, { o: organisationId }, principalOf(colleague)))).toEqual(['FORBIDDEN']);
    expect(await streamsOfType()).toBe(before);
  });

  it('refuses a candidate from another organisation, an assessor as candidate, and the same candidate twice', async () => {
    const centre = await plan();
    const elsewhere = await training.people.add({ organisationId: randomUUID() });
    const candidate = await training.people.add({ organisationId });

    expect(codesOf(await training.graphql(ADD, { c: centre.id, p: elsewhere.personId }, principalOf(lead)))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await training.graphql(ADD, { c: centre.id, p: supervisor.personId }, principalOf(lead)))).toEqual(['BAD_USER_INPUT']);
    dataOf(await training.graphql(ADD, { c: centre.id, p: candidate.personId }, principalOf(lead)));
    expect(codesOf(await training.graphql(ADD, { c: centre.id, p: candidate.personId }, principalOf(lead)))).toEqual(['ALREADY_CANDIDATE']);
    expect(codesOf(await training.graphql(ADD, { c: randomUUID(), p: candidate.personId }, principalOf(lead)))).toEqual(['NOT_FOUND']);
  });
});
