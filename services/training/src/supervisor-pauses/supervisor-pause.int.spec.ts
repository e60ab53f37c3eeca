import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import type { Principal } from '@tapestry/auth';
import { SupervisionEventSchema, type SupervisionEvent } from '@tapestry/contracts';
import { waitFor } from '@tapestry/testing';
import { publish, supervisionMessage } from '../practice-evidence/practice-evidence.fixtures';
import { completeCourse, createCourse, dataOf, principalOf, startTrainingTestApp, type TestPerson, type TrainingTestApp } from '../testing';

jest.setTimeout(60_000);

const REQUEST = 'mutation { requestManagerApproval(kind: PRACTISE_AS_COACH, programme: GENERAL) { id } }';
const DECIDE = 'mutation($id: ID!) { decideManagerApproval(approvalId: $id, approve: true) { id } }';

function pauseChanged(coach: TestPerson, paused: boolean): SupervisionEvent {
  const eventId = randomUUID();
  return create(SupervisionEventSchema, {
    envelope: { eventId, eventType: 'CoachPauseChanged', streamId: `supervision-pause-${coach.personId}`, correlationId: randomUUID(), schemaVersion: 1 },
    event: { case: 'coachPauseChanged', value: { coachId: coach.personId, organisationId: coach.organisationId, paused, changedBy: randomUUID() } },
  });
}

describe('training: a coach paused by their supervisor', () => {
  let training: TrainingTestApp;

  beforeAll(async () => {
    training = await startTrainingTestApp();
  });

  afterAll(async () => {
    await training?.close();
  });

  const lastEligibility = async (personId: string) =>
    (
      await training.pool.query<{ data: { eligible: boolean; reasons: string[] } }>(
        "SELECT data FROM events WHERE stream_id = $1 AND type = 'CoachEligibilityChanged' ORDER BY stream_version DESC LIMIT 1",
        [`eligibility-${personId}`],
      )
    ).rows[0]?.data;

  it('is not eligible while paused, and eligible again once resumed', async () => {
    const organisationId = randomUUID();
    const lead: Principal = principalOf(await training.people.withRole(organisationId, 'programme_lead'));
    const manager = await training.people.withRole(organisationId, 'line_manager');
    const coach = await training.people.add({ organisationId, displayName: 'Asha Coach', lineManagerId: manager.personId });
    const course = await createCourse(training, lead, { qualifies: [{ programme: 'GENERAL', role: 'COACH' }] });
    await completeCourse(training, lead, principalOf(coach), course.id);
    const approvalId = dataOf(await training.graphql<{ requestManagerApproval: { id: string } }>(REQUEST, {}, principalOf(coach))).requestManagerApproval.id;
    dataOf(await training.graphql(DECIDE, { id: approvalId }, principalOf(manager)));
    expect(await lastEligibility(coach.personId)).toMatchObject({ eligible: true });

    await publish(training.transport, supervisionMessage(pauseChanged(coach, true)));
    await waitFor(async () => (await lastEligibility(coach.personId))?.eligible === false, { timeoutMs: 15_000, description: 'the coach no longer eligible' });
    expect(await lastEligibility(coach.personId)).toMatchObject({ eligible: false, reasons: ['PAUSED'] });

    await publish(training.transport, supervisionMessage(pauseChanged(coach, false)));
    await waitFor(async () => (await lastEligibility(coach.personId))?.eligible === true, { timeoutMs: 15_000, description: 'the coach eligible again' });
  });
});
