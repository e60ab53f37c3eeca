import { randomUUID } from 'node:crypto';
import { addDays, addMonths, londonDateOf } from '../common';
import { codesOf, dataOf, principalOf, startTrainingTestApp, type TestPerson, type TrainingTestApp } from '../testing';
import { COMPETENCIES } from './competencies';

// A whole service on a shared 2-core machine: starting it can be slow under load.
jest.setTimeout(60_000);

const RECORD = `mutation($input: RecordDevelopmentAssessmentInput!) {
  recordDevelopmentAssessment(input: $input) { id assessedOn averageRating repeatDueOn recordingRef ratings { competency rating feedback } } }`;
const RECORD_OF = `query($p: ID!) { developmentRecord(personId: $p) {
  assessments { id recordingRef ratings { rating feedback } } plan { id competency action completedAt }
  actionLearningSet { setId joinedOn endsOn } repeatAssessmentDueOn repeatAssessmentOverdue } }`;
const COMPLETE = 'mutation($p: ID!, $i: ID!) { completeDevelopmentPlanItem(personId: $p, itemId: $i) { id completedAt } }';

interface Assessment {
  id: string;
  recordingRef: string | null;
  ratings: { rating: number; feedback: string | null }[];
}
interface DevelopmentRecordView {
  assessments: Assessment[];
  plan: { id: string; competency: string; action: string; completedAt: string | null }[];
  actionLearningSet: { setId: string; joinedOn: string; endsOn: string } | null;
  repeatAssessmentDueOn: string | null;
  repeatAssessmentOverdue: boolean;
}

const ratings = (overrides: { rating?: number } = {}) =>
  COMPETENCIES.map((competency, i) => ({ competency: competency.toUpperCase(), rating: overrides.rating ?? 2 + (i % 3), feedback: `On ${competency}: keep going.` }));

describe('training: the coach development centre', () => {
  let training: TrainingTestApp;
  let organisationId: string;
  let lead: TestPerson;
  let supervisor: TestPerson;

  const today = () => londonDateOf(training.clock.now());
  const eventTypes = async (personId: string): Promise<string[]> =>
    (await training.pool.query<{ type: string }>('SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_version', [`development-${personId}`])).rows.map(
      (row) => row.type,
    );
  const recordOf = async (coach: TestPerson, reader: TestPerson): Promise<DevelopmentRecordView> =>
    dataOf(await training.graphql<{ developmentRecord: DevelopmentRecordView }>(RECORD_OF, { p: coach.personId }, principalOf(reader))).developmentRecord;
  const assessment = (coach: TestPerson, overrides: object = {}) => ({
    personId: coach.personId,
    assessedOn: addDays(today(), -1),
    recordingRef: 'media://real-plays/asha-1',
    assessorIds: [supervisor.personId, lead.personId],
    ratings: ratings(),
    ...overrides,
  });

  beforeAll(async () => {
    training = await startTrainingTestApp();
    organisationId = randomUUID();
    lead = await training.people.withRole(organisationId, 'programme_lead', 'Priya Lead');
    supervisor = await training.people.withRole(organisationId, 'supervisor', 'Sol Supervisor');
  });

  afterEach(() => training.clock.set(new Date()));
  afterAll(() => training.close());

  it('records an assessment with its plan and action learning set, and a repeat due twelve months on', async () => {
    const coach = await training.people.withRole(organisationId, 'coach', 'Asha Coach');
    const assessedOn = addDays(today(), -1);
    const input = assessment(coach, {
      developmentPlan: [{ competency: 'ENABLING_INSIGHT_AND_LEARNING', action: 'Practise open questions in supervision', targetDate: addDays(today(), 60) }],
      actionLearningSet: { setId: 'North 2025', joinedOn: today() },
    });

    const recorded = dataOf(await training.graphql<{ recordDevelopmentAssessment: Assessment & { repeatDueOn: string; averageRating: number } }>(RECORD, { input }, principalOf(supervisor)));

    expect(recorded.recordDevelopmentAssessment).toMatchObject({ repeatDueOn: addMonths(assessedOn, 12), averageRating: 2.875 });
    expect(recorded.recordDevelopmentAssessment.ratings[0]?.feedback).toBe('On understanding_self: keep going.');
    expect(await eventTypes(coach.personId)).toEqual(['DevelopmentAssessmentRecorded', 'DevelopmentPlanItemAdded', 'ActionLearningSetJoined']);
    const record = await recordOf(coach, coach);
    expect(record).toMatchObject({
      repeatAssessmentDueOn: addMonths(assessedOn, 12),
      repeatAssessmentOverdue: false,
      actionLearningSet: { setId: 'North 2025', joinedOn: today(), endsOn: addMonths(today(), 12) },
      plan: [{ competency: 'ENABLING_INSIGHT_AND_LEARNING', action: 'Practise open questions in supervision', completedAt: null }],
    });

    training.clock.set(new Date(training.clock.now().getTime() + 400 * 86_400_000));
    expect((await recordOf(coach, coach)).repeatAssessmentOverdue).toBe(true);
  });

  it('shows the written feedback only to the coach, the assessors and programme leads', async () => {
    const coach = await training.people.withRole(organisationId, 'coach', 'Ben Coach');
    dataOf(await training.graphql(RECORD, { input: assessment(coach, { assessorIds: [supervisor.personId] }) }, principalOf(supervisor)));
    const admin = await training.people.withRole(organisationId, 'organisation_admin');
    const otherSupervisor = await training.people.withRole(organisationId, 'supervisor', 'Other Supervisor');
    const consortiumId = randomUUID();
    await training.people.joinConsortium(consortiumId, organisationId);
    const consortiumLead = await training.people.add({ organisationId: randomUUID(), roles: [{ role: 'programme_lead', scope: { kind: 'consortium', id: consortiumId } }] });

    for (const reader of [coach, supervisor, lead, consortiumLead]) {
      const [seen] = (await recordOf(coach, reader)).assessments;
      expect(seen?.recordingRef).toBe('media://real-plays/asha-1');
      expect(seen?.ratings.every((rating) => rating.feedback !== null)).toBe(true);
    }
    for (const reader of [admin, otherSupervisor]) {
      const [seen] = (await recordOf(coach, reader)).assessments;
      expect(seen?.recordingRef).toBeNull();
      expect(seen?.ratings.map((rating) => rating.feedback)).toEqual(COMPETENCIES.map(() => null));
      expect(seen?.ratings.map((rating) => rating.rating)).toEqual(ratings().map((rating) => rating.rating));
    }
    const colleague = await training.people.add({ organisationId });
    expect(codesOf(await training.graphql(RECORD_OF, { p: coach.personId }, principalOf(colleague)))).toEqual(['FORBIDDEN']);
  });

  it('refuses assessors who are not programme leads or supervisors, callers who are not assessors, and bad ratings, writing nothing', async () => {
    const coach = await training.people.withRole(organisationId, 'coach', 'Cal Coach');
    const colleague = await training.people.add({ organisationId, displayName: 'Sam Staff' });
    const elsewhere = await training.people.withRole(randomUUID(), 'supervisor', 'Elsewhere Supervisor');

    const refusals = [
      [assessment(coach, { assessorIds: [supervisor.personId, colleague.personId] }), supervisor, 'NOT_ASSESSOR'],
      [assessment(coach, { assessorIds: [elsewhere.personId] }), elsewhere, 'NOT_ASSESSOR'],
      [assessment(coach, { assessorIds: [supervisor.personId] }), colleague, 'FORBIDDEN'],
      [assessment(coach, { assessorIds: [supervisor.personId, coach.personId] }), supervisor, 'BAD_USER_INPUT'],
      [assessment(coach, { ratings: ratings().slice(1) }), supervisor, 'BAD_USER_INPUT'],
      [assessment(coach, { ratings: ratings({ rating: 5 }) }), supervisor, 'BAD_USER_INPUT'],
      [assessment(coach, { assessedOn: addDays(today(), 1) }), supervisor, 'BAD_USER_INPUT'],
      [assessment(coach, { developmentPlan: [{ competency: 'EVALUATION', action: 'Ask for feedback', targetDate: addDays(today(), -1) }] }), supervisor, 'BAD_USER_INPUT'],
    ] as const;
    for (const [input, caller, code] of refusals) {
      expect(codesOf(await training.graphql(RECORD, { input }, principalOf(caller)))).toEqual([code]);
    }
    expect(await eventTypes(coach.personId)).toEqual([]);
  });

  it('lets the coach work through their own plan', async () => {
    const coach = await training.people.withRole(organisationId, 'coach', 'Dee Coach');
    const plan = [{ competency: 'EVALUATION', action: 'Ask each coachee for feedback', targetDate: addDays(today(), 30) }];
    dataOf(await training.graphql(RECORD, { input: assessment(coach, { developmentPlan: plan }) }, principalOf(lead)));
    const [item] = (await recordOf(coach, coach)).plan;

    const completed = dataOf(await training.graphql<{ completeDevelopmentPlanItem: { completedAt: string | null } }>(COMPLETE, { p: coach.personId, i: item?.id }, principalOf(coach)));

    expect(completed.completeDevelopmentPlanItem.completedAt).toEqual(expect.any(String));
    const colleague = await training.people.add({ organisationId });
    expect(codesOf(await training.graphql(COMPLETE, { p: coach.personId, i: item?.id }, principalOf(colleague)))).toEqual(['FORBIDDEN']);
  });
});
