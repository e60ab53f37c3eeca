import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import { completeCourse, createCourse, dataOf, principalOf, startTrainingTestApp, type TestPerson, type TrainingTestApp } from '../testing';
import { ApprovalSweep } from './approval-sweep';

// A whole service on a shared 2-core machine: starting it can be slow under load.
jest.setTimeout(60_000);

const DAY_MS = 86_400_000;
const REQUEST = 'mutation($k: ApprovalKind!) { requestManagerApproval(kind: $k, programme: GENERAL) { id } }';
const DECIDE = 'mutation($id: ID!) { decideManagerApproval(approvalId: $id, approve: true) { id status expiresAt } }';

describe('training: the approval sweep', () => {
  let training: TrainingTestApp;
  let sweep: ApprovalSweep;
  const organisationId = randomUUID();
  let manager: TestPerson;
  let lead: Principal;

  beforeAll(async () => {
    training = await startTrainingTestApp();
    sweep = training.app.get(ApprovalSweep);
    manager = await training.people.withRole(organisationId, 'line_manager', 'Morgan Manager');
    lead = principalOf(await training.people.withRole(organisationId, 'programme_lead', 'Priya Lead'));
  });

  afterAll(async () => {
    await training?.close();
  });

  const laterBy = (days: number) => training.clock.set(new Date(training.clock.now().getTime() + days * DAY_MS));
  const approvalRow = async (approvalId: string) =>
    (
      await training.pool.query<{ status: string; reminders_sent: number; line_manager_id: string | null }>(
        'SELECT status, reminders_sent, line_manager_id FROM approvals WHERE approval_id = $1',
        [approvalId],
      )
    ).rows[0];
  const lastEligibilityChange = async (personId: string) =>
    (
      await training.pool.query<{ data: { eligible: boolean; reasons: string[] } }>(
        "SELECT data FROM events WHERE stream_id = $1 AND type = 'CoachEligibilityChanged' ORDER BY stream_version DESC LIMIT 1",
        [`eligibility-${personId}`],
      )
    ).rows[0]?.data;
  const request = async (person: TestPerson, kind = 'PRACTISE_AS_COACH'): Promise<string> =>
    dataOf(await training.graphql<{ requestManagerApproval: { id: string } }>(REQUEST, { k: kind }, principalOf(person))).requestManagerApproval.id;

  /** A person trained on a course lasting `validityMonths`, whose manager approved them to coach. */
  async function approvedCoach(validityMonths: number): Promise<{ coach: TestPerson; approvalId: string }> {
    const coach = await training.people.add({ organisationId, displayName: 'Asha Coach', lineManagerId: manager.personId });
    const course = await createCourse(training, lead, { qualifies: [{ programme: 'GENERAL', role: 'COACH' }], validityMonths });
    await completeCourse(training, lead, principalOf(coach), course.id);
    const approvalId = await request(coach);
    dataOf(await training.graphql(DECIDE, { id: approvalId }, principalOf(manager)));
    expect(await lastEligibilityChange(coach.personId)).toMatchObject({ eligible: true });
    return { coach, approvalId };
  }

  it('reminds the line manager after seven days without an answer, then weekly', async () => {
    const asha = await training.people.add({ organisationId, lineManagerId: manager.personId });
    const approvalId = await request(asha);

    laterBy(6);
    await sweep.runOnce();
    expect(await approvalRow(approvalId)).toMatchObject({ status: 'pending', reminders_sent: 0 });
    laterBy(1);
    await sweep.runOnce();
    expect(await approvalRow(approvalId)).toMatchObject({ status: 'pending', reminders_sent: 1 });
    await sweep.runOnce();
    expect(await approvalRow(approvalId)).toMatchObject({ reminders_sent: 1 });
    laterBy(7);
    await sweep.runOnce();
    expect(await approvalRow(approvalId)).toMatchObject({ reminders_sent: 2 });
    const { rows } = await training.pool.query<{ data: { lineManagerId: string; reminder: number } }>(
      "SELECT data FROM events WHERE stream_id = $1 AND type = 'ApprovalReminderSent' ORDER BY stream_version",
      [`approval-${approvalId}`],
    );
    expect(rows.map((row) => [row.data.lineManagerId, row.data.reminder])).toEqual([
      [manager.personId, 1],
      [manager.personId, 2],
    ]);
  });

  it('expires an approval once its validity has passed, and with it eligibility', async () => {
    const { coach, approvalId } = await approvedCoach(36);
    laterBy(364);
    await sweep.runOnce();
    expect((await approvalRow(approvalId)).status).toBe('approved');

    // Twelve months are 366 days when they span 29 February.
    laterBy(3);
    const result = await sweep.runOnce();
    expect(result.expired).toBeGreaterThanOrEqual(1);
    expect((await approvalRow(approvalId)).status).toBe('expired');
    expect(await lastEligibilityChange(coach.personId)).toEqual({
      personId: coach.personId,
      organisationId,
      programme: 'general',
      role: 'coach',
      eligible: false,
      reasons: ['NO_CURRENT_APPROVAL'],
    });
  });

  it("ends eligibility when a coach's training lapses", async () => {
    const { coach, approvalId } = await approvedCoach(1);
    laterBy(32);
    await sweep.runOnce();
    expect((await approvalRow(approvalId)).status).toBe('approved');
    expect(await lastEligibilityChange(coach.personId)).toMatchObject({ eligible: false, reasons: ['TRAINING_LAPSED'] });
  });

  it('makes a coach eligible whose training was completed after their approval', async () => {
    const coach = await training.people.add({ organisationId, displayName: 'Late Learner', lineManagerId: manager.personId });
    const approvalId = await request(coach);
    dataOf(await training.graphql(DECIDE, { id: approvalId }, principalOf(manager)));
    const course = await createCourse(training, lead, { qualifies: [{ programme: 'GENERAL', role: 'COACH' }] });
    await completeCourse(training, lead, principalOf(coach), course.id);

    await sweep.runOnce();

    expect(await lastEligibilityChange(coach.personId)).toMatchObject({ programme: 'general', role: 'coach', eligible: true });
  });

  it('catches up with a line manager change the directory recorded but approvals missed', async () => {
    const asha = await training.people.add({ organisationId, lineManagerId: manager.personId });
    const approvalId = await request(asha);
    const newManager = randomUUID();
    await training.pool.query('UPDATE people SET line_manager_id = $2 WHERE person_id = $1', [asha.personId, newManager]);

    const result = await sweep.runOnce();

    expect(result.followedManagerChanges).toBe(1);
    expect(await approvalRow(approvalId)).toMatchObject({ status: 'pending', line_manager_id: newManager });
  });
});
