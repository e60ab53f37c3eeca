import { randomUUID } from 'node:crypto';
import type { Role } from '@tapestry/auth';
import { addDays, addMonths, londonDateOf } from '../common';
import { DEMO_COURSES } from '../demo/demo-catalogue';
import { createCourseAt, holdPastTrainingDay } from '../demo/training-days';
import { COMPETENCIES } from '../development/competencies';
import { codesOf, dataOf, principalOf, startTrainingTestApp, type TestPerson, type TrainingTestApp } from '../testing';

// A whole service on a shared 2-core machine: starting it can be slow under load.
jest.setTimeout(60_000);

const PROFILE = `query($p: ID!) { coachProfile(personId: $p) {
  personId displayName status cpdHours repeatAssessmentDueOn repeatAssessmentOverdue
  trainingRecords { courseTitle completedOn lapsesOn cpdHours qualifies { programme role } }
  eligibility { programme role eligible reasons }
  accreditation { level trainingHours nextLevel progress { level ready } }
  developmentAssessments { assessedOn averageRating repeatDueOn }
  actionLearningSet { setId endsOn } } }`;

interface Profile {
  personId: string;
  cpdHours: number;
  repeatAssessmentDueOn: string | null;
  trainingRecords: { courseTitle: string; completedOn: string; lapsesOn: string | null; cpdHours: number; qualifies: { programme: string; role: string }[] }[];
  eligibility: { programme: string; role: string; eligible: boolean; reasons: string[] }[];
  accreditation: { level: string | null; trainingHours: number; nextLevel: string; progress: { level: string; ready: boolean } };
  developmentAssessments: { assessedOn: string; averageRating: number; repeatDueOn: string }[];
  actionLearningSet: { setId: string; endsOn: string } | null;
}

describe('training: the coach profile', () => {
  let training: TrainingTestApp;
  let organisationId: string;
  let consortiumId: string;
  let coach: TestPerson;
  let lead: TestPerson;
  let supervisor: TestPerson;

  const today = () => londonDateOf(training.clock.now());
  const consortiumRole = (role: Role, id = consortiumId) => training.people.add({ organisationId: randomUUID(), roles: [{ role, scope: { kind: 'consortium', id } }] });

  beforeAll(async () => {
    training = await startTrainingTestApp();
    organisationId = randomUUID();
    consortiumId = randomUUID();
    await training.people.joinConsortium(consortiumId, organisationId);
    lead = await training.people.withRole(organisationId, 'programme_lead', 'Priya Lead');
    supervisor = await training.people.withRole(organisationId, 'supervisor', 'Sol Supervisor');
    const manager = await training.people.withRole(organisationId, 'line_manager', 'Morgan Manager');
    coach = await training.people.add({
      organisationId,
      displayName: 'Asha Coach',
      lineManagerId: manager.personId,
      roles: [
        { role: 'staff', scope: { kind: 'organisation', id: organisationId } },
        { role: 'coach', scope: { kind: 'organisation', id: organisationId } },
      ],
    });
  });

  afterAll(() => training.close());

  it("draws the coach's training, eligibility, accreditation, CPD and development together", async () => {
    const courseId = await createCourseAt(training.store, DEMO_COURSES[0], organisationId, lead.personId, new Date(training.clock.now().getTime() - 90 * 86_400_000));
    const trainedOn = addDays(today(), -40);
    await holdPastTrainingDay(training.store, { courseId, organisationId, date: trainedOn, organiserId: lead.personId, learnerIds: [coach.personId], venue: 'Education Centre', facilitator: 'Dr Rae' });
    dataOf(await training.graphql('mutation($i: RecordCpdInput!) { recordCpd(input: $i) { id } }', { i: { hours: 2.5, date: addDays(today(), -3), description: 'Supervision skills webinar' } }, principalOf(coach)));
    const assessedOn = addDays(today(), -2);
    const ratings = COMPETENCIES.map((competency) => ({ competency: competency.toUpperCase(), rating: 3, feedback: 'Confident and warm.' }));
    const input = { personId: coach.personId, assessedOn, recordingRef: 'media://real-plays/asha', assessorIds: [supervisor.personId], ratings, actionLearningSet: { setId: 'North', joinedOn: today() } };
    dataOf(await training.graphql('mutation($i: RecordDevelopmentAssessmentInput!) { recordDevelopmentAssessment(input: $i) { id } }', { i: input }, principalOf(supervisor)));

    const { coachProfile } = dataOf(await training.graphql<{ coachProfile: Profile }>(PROFILE, { p: coach.personId }, principalOf(coach)));

    expect(coachProfile.trainingRecords).toEqual([
      {
        courseTitle: 'Coaching and mentoring foundation day',
        completedOn: trainedOn,
        lapsesOn: addMonths(trainedOn, 36),
        cpdHours: 6.5,
        qualifies: [
          { programme: 'GENERAL', role: 'COACH' },
          { programme: 'GENERAL', role: 'MENTOR' },
        ],
      },
    ]);
    expect(coachProfile.eligibility).toContainEqual({ programme: 'GENERAL', role: 'COACH', eligible: false, reasons: ['NO_CURRENT_APPROVAL'] });
    expect(coachProfile.eligibility).toContainEqual({ programme: 'RETURNERS', role: 'MENTOR', eligible: false, reasons: ['NOT_TRAINED', 'NO_CURRENT_APPROVAL'] });
    expect(coachProfile.accreditation).toEqual({ level: null, trainingHours: 6.5, nextLevel: 'FOUNDATION', progress: { level: 'FOUNDATION', ready: false } });
    expect(coachProfile.cpdHours).toBe(2.5);
    expect(coachProfile.developmentAssessments).toEqual([{ assessedOn, averageRating: 3, repeatDueOn: addMonths(assessedOn, 12) }]);
    expect(coachProfile.repeatAssessmentDueOn).toBe(addMonths(assessedOn, 12));
    expect(coachProfile.actionLearningSet).toEqual({ setId: 'North', endsOn: addMonths(today(), 12) });
  });

  it('opens to the coach, supervisors, programme leads and admins of their organisation, and consortium roles over it', async () => {
    const readers = [
      coach,
      supervisor,
      lead,
      await training.people.withRole(organisationId, 'organisation_admin'),
      await consortiumRole('programme_lead'),
      await consortiumRole('supervisor'),
      await consortiumRole('consortium_admin'),
    ];
    for (const reader of readers) {
      const reply = await training.graphql<{ coachProfile: Profile }>(PROFILE, { p: coach.personId }, principalOf(reader));
      expect(dataOf(reply).coachProfile.personId).toBe(coach.personId);
    }
  });

  it('is forbidden to colleagues, the line manager, other organisations and other consortia', async () => {
    const elsewhere = randomUUID();
    const refused = [
      await training.people.add({ organisationId, displayName: 'Sam Staff' }),
      await training.people.withRole(organisationId, 'line_manager'),
      await training.people.withRole(organisationId, 'analyst'),
      await training.people.withRole(organisationId, 'coach', 'Another Coach'),
      await training.people.withRole(elsewhere, 'programme_lead'),
      await training.people.withRole(elsewhere, 'organisation_admin'),
      await training.people.withRole(elsewhere, 'supervisor'),
      await consortiumRole('programme_lead', randomUUID()),
    ];
    for (const reader of refused) {
      expect(codesOf(await training.graphql(PROFILE, { p: coach.personId }, principalOf(reader)))).toEqual(['FORBIDDEN']);
    }
  });

  it('says which person id is wrong', async () => {
    expect(codesOf(await training.graphql(PROFILE, { p: randomUUID() }, principalOf(lead)))).toEqual(['NOT_FOUND']);
    expect(codesOf(await training.graphql(PROFILE, { p: 'asha' }, principalOf(lead)))).toEqual(['BAD_USER_INPUT']);
  });
});
