import { randomUUID } from 'node:crypto';
import { addDays, londonDateOf } from '../common';
import { DEMO_COURSES } from '../demo/demo-catalogue';
import { createCourseAt, holdPastTrainingDay } from '../demo/training-days';
import { codesOf, dataOf, principalOf, startTrainingTestApp, type TestPerson, type TrainingTestApp } from '../testing';
import { recordCoachingHours, recordSupervisionHours } from './practice-hours.handlers';

// A whole service on a shared 2-core machine: starting it can be slow under load.
jest.setTimeout(60_000);

const AWARD = 'mutation($p: ID!, $l: AccreditationLevel!) { awardAccreditation(personId: $p, level: $l) { level trainingHours practiceHours supervisionHours nextLevel } }';
const RECORD_CPD = 'mutation($input: RecordCpdInput!, $p: ID) { recordCpd(input: $input, personId: $p) { id hours date description } }';
const ACCREDITATION = 'query($p: ID!) { accreditation(personId: $p) { level cpdHours practiceHours progress { level ready missing } } }';

describe('training: accreditation', () => {
  let training: TrainingTestApp;
  let organisationId: string;
  let lead: TestPerson;

  const today = () => londonDateOf(training.clock.now());
  const eventsOf = async (personId: string): Promise<string[]> =>
    (await training.pool.query<{ type: string }>('SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_version', [`accreditation-${personId}`])).rows.map(
      (row) => row.type,
    );
  const coachIn = (organisation = organisationId) =>
    training.people.add({
      organisationId: organisation,
      displayName: 'Asha Coach',
      roles: [
        { role: 'staff', scope: { kind: 'organisation', id: organisation } },
        { role: 'coach', scope: { kind: 'organisation', id: organisation } },
      ],
    });

  /** Foundation's evidence: the foundation day (6.5 hours), 12 hours' practice and 2 of supervision, as the consumers would record them. */
  async function giveFoundationEvidence(coach: TestPerson): Promise<void> {
    const course = await createCourseAt(training.store, DEMO_COURSES[0], coach.organisationId, lead.personId, new Date(training.clock.now().getTime() - 90 * 86_400_000));
    await holdPastTrainingDay(training.store, {
      courseId: course,
      organisationId: coach.organisationId,
      date: addDays(today(), -40),
      organiserId: lead.personId,
      learnerIds: [coach.personId],
      venue: 'Education Centre',
      facilitator: 'Dr Rae',
    });
    await training.store.transact(async (events) => {
      for (let session = 0; session < 8; session += 1) {
        await recordCoachingHours(events, { personId: coach.personId, sourceEventId: randomUUID(), practice: 'coaching', hours: 1.5, sessionDate: addDays(today(), -30 + session) }, randomUUID());
      }
      for (let session = 0; session < 2; session += 1) {
        await recordSupervisionHours(events, { personId: coach.personId, sourceEventId: randomUUID(), hours: 1, sessionDate: addDays(today(), -20 + session) }, randomUUID());
      }
    });
  }

  beforeAll(async () => {
    training = await startTrainingTestApp();
    organisationId = randomUUID();
    lead = await training.people.withRole(organisationId, 'programme_lead', 'Priya Lead');
  });

  afterAll(() => training.close());

  it('refuses an award without the evidence, saying what is missing, and writes nothing', async () => {
    const coach = await coachIn();

    const reply = await training.graphql(AWARD, { p: coach.personId, l: 'FOUNDATION' }, principalOf(lead));

    expect(codesOf(reply)).toEqual(['INSUFFICIENT_EVIDENCE']);
    expect(reply.errors?.[0]?.extensions?.missing).toEqual([
      '6 more hours of training (0 of 6)',
      '12 more hours of coaching or mentoring (0 of 12)',
      '2 more hours of supervision (0 of 2)',
    ]);
    expect(await eventsOf(coach.personId)).toEqual([]);
  });

  it('awards foundation once the evidence is in, and shows progress towards practitioner', async () => {
    const coach = await coachIn();
    await giveFoundationEvidence(coach);

    const awarded = dataOf(await training.graphql<{ awardAccreditation: Record<string, unknown> }>(AWARD, { p: coach.personId, l: 'FOUNDATION' }, principalOf(lead)));

    expect(awarded.awardAccreditation).toEqual({ level: 'FOUNDATION', trainingHours: 6.5, practiceHours: 12, supervisionHours: 2, nextLevel: 'PRACTITIONER' });
    expect((await eventsOf(coach.personId)).filter((type) => type === 'AccreditationAwarded')).toHaveLength(1);
    const seen = dataOf(await training.graphql<{ accreditation: { progress: { level: string; ready: boolean; missing: string[] } } }>(ACCREDITATION, { p: coach.personId }, principalOf(coach)));
    expect(seen.accreditation.progress).toMatchObject({ level: 'PRACTITIONER', ready: false });
    expect(seen.accreditation.progress.missing).toContain('a development centre assessment averaging at least 2.5');
  });

  it('refuses to skip a level, and to award a level already held', async () => {
    const coach = await coachIn();
    await giveFoundationEvidence(coach);

    expect(codesOf(await training.graphql(AWARD, { p: coach.personId, l: 'PRACTITIONER' }, principalOf(lead)))).toEqual(['CANNOT_SKIP_LEVEL']);
    dataOf(await training.graphql(AWARD, { p: coach.personId, l: 'FOUNDATION' }, principalOf(lead)));
    expect(codesOf(await training.graphql(AWARD, { p: coach.personId, l: 'FOUNDATION' }, principalOf(lead)))).toEqual(['ALREADY_AWARDED']);
    expect(codesOf(await training.graphql(AWARD, { p: coach.personId, l: 'SENIOR_PRACTITIONER' }, principalOf(lead)))).toEqual(['CANNOT_SKIP_LEVEL']);
    expect((await eventsOf(coach.personId)).filter((type) => type === 'AccreditationAwarded')).toHaveLength(1);
  });

  it('lets an organisation admin or a consortium programme lead award, and nobody else', async () => {
    const coach = await coachIn();
    await giveFoundationEvidence(coach);
    const colleague = await training.people.add({ organisationId, displayName: 'Sam Staff' });
    const otherLead = await training.people.withRole(randomUUID(), 'programme_lead', 'Elsewhere Lead');
    const consortiumId = randomUUID();
    await training.people.joinConsortium(consortiumId, organisationId);
    const consortiumLead = await training.people.add({
      organisationId: randomUUID(),
      roles: [{ role: 'programme_lead', scope: { kind: 'consortium', id: consortiumId } }],
    });

    for (const refused of [colleague, otherLead, coach]) {
      expect(codesOf(await training.graphql(AWARD, { p: coach.personId, l: 'FOUNDATION' }, principalOf(refused)))).toEqual(['FORBIDDEN']);
    }
    expect(await eventsOf(coach.personId)).not.toContain('AccreditationAwarded');
    dataOf(await training.graphql(AWARD, { p: coach.personId, l: 'FOUNDATION' }, principalOf(consortiumLead)));

    const second = await coachIn();
    await giveFoundationEvidence(second);
    const admin = await training.people.withRole(organisationId, 'organisation_admin');
    dataOf(await training.graphql(AWARD, { p: second.personId, l: 'FOUNDATION' }, principalOf(admin)));
  });

  it('records CPD for the coach themself, and refuses negative, absurd or future hours and anyone else', async () => {
    const coach = await coachIn();
    const input = { hours: 3, date: addDays(today(), -2), description: 'Read: The Coaching Manual' };

    const recorded = dataOf(await training.graphql<{ recordCpd: { hours: number; date: string } }>(RECORD_CPD, { input }, principalOf(coach)));
    expect(recorded.recordCpd).toMatchObject({ hours: 3, date: input.date });

    for (const bad of [{ hours: -2 }, { hours: 0 }, { hours: 41 }, { hours: 1.1 }, { date: addDays(today(), 1) }, { description: ' ' }]) {
      expect(codesOf(await training.graphql(RECORD_CPD, { input: { ...input, ...bad } }, principalOf(coach)))).toEqual(['BAD_USER_INPUT']);
    }
    expect(codesOf(await training.graphql(RECORD_CPD, { input, p: coach.personId }, principalOf(lead)))).toEqual(['FORBIDDEN']);
    expect(await eventsOf(coach.personId)).toEqual(['CpdRecorded']);
    const seen = dataOf(await training.graphql<{ accreditation: { cpdHours: number } }>(ACCREDITATION, { p: coach.personId }, principalOf(coach)));
    expect(seen.accreditation.cpdHours).toBe(3);
  });

  it('counts a redelivered session once', async () => {
    const coach = await coachIn();
    const session = { personId: coach.personId, sourceEventId: randomUUID(), practice: 'mentoring' as const, hours: 1.5, sessionDate: addDays(today(), -3) };

    await training.store.transact((events) => recordCoachingHours(events, session, randomUUID()));
    await training.store.transact((events) => recordCoachingHours(events, session, randomUUID()));

    expect(await eventsOf(coach.personId)).toEqual(['CoachingHoursRecorded']);
    const seen = dataOf(await training.graphql<{ accreditation: { practiceHours: number } }>(ACCREDITATION, { p: coach.personId }, principalOf(coach)));
    expect(seen.accreditation.practiceHours).toBe(1.5);
  });
});
