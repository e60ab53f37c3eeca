import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import { codesOf, completeCourse, createCourse, dataOf, eventCount, principalOf, startTrainingTestApp, type TestPerson, type TrainingTestApp } from '../testing';

// A whole service on a shared 2-core machine: starting it can be slow under load.
jest.setTimeout(60_000);

const FIELDS = 'id personId personName kind programme status lineManagerId decidedBy decidedAs reason expiresAt';
const REQUEST = `mutation($k: ApprovalKind!, $p: Programme!) { requestManagerApproval(kind: $k, programme: $p) { ${FIELDS} } }`;
const DECIDE = `mutation($id: ID!, $approve: Boolean!, $reason: String) { decideManagerApproval(approvalId: $id, approve: $approve, reason: $reason) { ${FIELDS} } }`;
const PENDING = `query { pendingApprovals { ${FIELDS} } }`;
const ELIGIBILITY = 'query($p: ID!) { eligibility(personId: $p) { personId entries { programme role eligible reasons } } }';

interface ApprovalReply {
  id: string;
  personId: string;
  personName: string;
  kind: string;
  programme: string;
  status: string;
  lineManagerId: string | null;
  decidedBy: string | null;
  decidedAs: string | null;
  reason: string | null;
  expiresAt: string | null;
}
interface EligibilityReply {
  personId: string;
  entries: { programme: string; role: string; eligible: boolean; reasons: string[] }[];
}

describe('training: line-manager approval', () => {
  let training: TrainingTestApp;
  let organisationId: string;
  let manager: TestPerson;
  let admin: TestPerson;

  beforeAll(async () => {
    training = await startTrainingTestApp();
    organisationId = randomUUID();
    manager = await training.people.withRole(organisationId, 'line_manager', 'Morgan Manager');
    admin = await training.people.withRole(organisationId, 'organisation_admin', 'Ada Admin');
  });

  afterAll(async () => {
    await training?.close();
  });

  const report = (overrides: Partial<TestPerson> = {}) =>
    training.people.add({ organisationId, displayName: 'Asha Report', lineManagerId: manager.personId, ...overrides });
  const request = async (person: Principal, kind = 'PRACTISE_AS_COACH', programme = 'GENERAL') =>
    training.graphql<{ requestManagerApproval: ApprovalReply }>(REQUEST, { k: kind, p: programme }, person);
  const decide = (approvalId: string, approve: boolean, by: Principal, reason: string | null = null) =>
    training.graphql<{ decideManagerApproval: ApprovalReply }>(DECIDE, { id: approvalId, approve, reason }, by);
  const approvalEvents = async (approvalId: string): Promise<string[]> =>
    (await training.pool.query<{ type: string }>('SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_version', [`approval-${approvalId}`])).rows.map(
      (row) => row.type,
    );

  it("routes a request to the person's current line manager, who sees it among their pending approvals", async () => {
    const asha = await report();
    const requested = dataOf(await request(principalOf(asha))).requestManagerApproval;
    expect(requested).toMatchObject({ personId: asha.personId, personName: 'Asha Report', status: 'PENDING', lineManagerId: manager.personId, kind: 'PRACTISE_AS_COACH' });

    const pending = dataOf(await training.graphql<{ pendingApprovals: ApprovalReply[] }>(PENDING, {}, principalOf(manager))).pendingApprovals;
    expect(pending.map((approval) => approval.id)).toContain(requested.id);
    const othersQueue = dataOf(await training.graphql<{ pendingApprovals: ApprovalReply[] }>(PENDING, {}, principalOf(admin))).pendingApprovals;
    expect(othersQueue.map((approval) => approval.id)).not.toContain(requested.id);
  });

  it('refuses a second open request for the same kind and programme', async () => {
    const asha = await report();
    dataOf(await request(principalOf(asha)));
    const before = await eventCount(training);
    expect(codesOf(await request(principalOf(asha)))).toEqual(['APPROVAL_EXISTS']);
    expect(await eventCount(training)).toBe(before);
  });

  it('refuses a request from someone with no line manager, or who has left, writing nothing', async () => {
    const unmanaged = await report({ lineManagerId: null });
    const leaver = await report({ status: 'left' });
    const before = await eventCount(training);
    expect(codesOf(await request(principalOf(unmanaged)))).toEqual(['NO_LINE_MANAGER']);
    expect(codesOf(await request(principalOf(leaver)))).toEqual(['PERSON_HAS_LEFT']);
    expect(await eventCount(training)).toBe(before);
  });

  it('refuses a decision by someone who is not the current line manager, writing nothing', async () => {
    const asha = await report();
    const colleague = await training.people.add({ organisationId, displayName: 'Colleague', lineManagerId: manager.personId });
    const stranger = await training.people.withRole(randomUUID(), 'line_manager', 'Other trust manager');
    const { id } = dataOf(await request(principalOf(asha))).requestManagerApproval;
    const before = await eventCount(training);

    expect(codesOf(await decide(id, true, principalOf(colleague)))).toEqual(['NOT_LINE_MANAGER']);
    expect(codesOf(await decide(id, true, principalOf(asha)))).toEqual(['NOT_LINE_MANAGER']);
    expect(codesOf(await decide(id, true, principalOf(stranger)))).toEqual(['FORBIDDEN']);
    expect(await eventCount(training)).toBe(before);
    expect(await approvalEvents(id)).toEqual(['ApprovalRequested']);
  });

  it('refuses to decide twice, writing nothing the second time', async () => {
    const asha = await report();
    const { id } = dataOf(await request(principalOf(asha))).requestManagerApproval;
    const approved = dataOf(await decide(id, true, principalOf(manager), 'Good fit')).decideManagerApproval;
    expect(approved).toMatchObject({ status: 'APPROVED', decidedBy: manager.personId, decidedAs: 'LINE_MANAGER', reason: 'Good fit' });
    expect(approved.expiresAt).not.toBeNull();
    const before = await eventCount(training);

    const again = await decide(id, false, principalOf(manager), 'Changed my mind');
    expect(codesOf(again)).toEqual(['ALREADY_DECIDED']);
    expect(again.errors?.[0].message).toMatch(/already been approved/);
    expect(await eventCount(training)).toBe(before);
  });

  it('refuses a decision on the request of a person who has left, writing nothing', async () => {
    const asha = await report();
    const { id } = dataOf(await request(principalOf(asha))).requestManagerApproval;
    // Straight into the directory: the consumer's own reaction to a leaver is tested with identity's events.
    await training.pool.query("UPDATE people SET status = 'left' WHERE person_id = $1", [asha.personId]);
    const before = await eventCount(training);
    expect(codesOf(await decide(id, true, principalOf(manager)))).toEqual(['PERSON_HAS_LEFT']);
    expect(await eventCount(training)).toBe(before);
  });

  it('refuses to decline without a reason, and an unknown approval', async () => {
    const asha = await report();
    const { id } = dataOf(await request(principalOf(asha))).requestManagerApproval;
    const before = await eventCount(training);
    expect(codesOf(await decide(id, false, principalOf(manager), '  '))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await decide(randomUUID(), true, principalOf(manager)))).toEqual(['NOT_FOUND']);
    expect(codesOf(await decide('not-an-id', true, principalOf(manager)))).toEqual(['BAD_USER_INPUT']);
    expect(await eventCount(training)).toBe(before);
    const declined = dataOf(await decide(id, false, principalOf(manager), 'Ward short-staffed')).decideManagerApproval;
    expect(declined).toMatchObject({ status: 'DECLINED', reason: 'Ward short-staffed' });
  });

  it('records an organisation admin deciding for an absent manager as such', async () => {
    const asha = await report();
    const { id } = dataOf(await request(principalOf(asha), 'PRACTISE_AS_MENTOR')).requestManagerApproval;
    const decided = dataOf(await decide(id, true, principalOf(admin))).decideManagerApproval;
    expect(decided).toMatchObject({ status: 'APPROVED', decidedBy: admin.personId, decidedAs: 'ORGANISATION_ADMIN_FOR_ABSENT_MANAGER' });
  });

  it('makes a trained person eligible once their manager approves, and publishes the change', async () => {
    const lead = principalOf(await training.people.withRole(organisationId, 'programme_lead', 'Priya Lead'));
    const asha = await report();
    const course = await createCourse(training, lead, { qualifies: [{ programme: 'GENERAL', role: 'COACH' }] });
    await completeCourse(training, lead, principalOf(asha), course.id);
    const generalCoach = async () =>
      dataOf(await training.graphql<{ eligibility: EligibilityReply }>(ELIGIBILITY, { p: asha.personId }, principalOf(asha))).eligibility.entries.find(
        (entry) => entry.programme === 'GENERAL' && entry.role === 'COACH',
      );
    expect(await generalCoach()).toMatchObject({ eligible: false, reasons: ['NO_CURRENT_APPROVAL'] });

    const { id } = dataOf(await request(principalOf(asha))).requestManagerApproval;
    dataOf(await decide(id, true, principalOf(manager)));

    expect(await generalCoach()).toEqual({ programme: 'GENERAL', role: 'COACH', eligible: true, reasons: [] });
    const { rows } = await training.pool.query<{ type: string; data: { programme: string; role: string; eligible: boolean } }>(
      'SELECT type, data FROM events WHERE stream_id = $1 ORDER BY stream_version',
      [`eligibility-${asha.personId}`],
    );
    expect(rows).toEqual([{ type: 'CoachEligibilityChanged', data: expect.objectContaining({ programme: 'general', role: 'coach', eligible: true }) }]);
    const table = await training.pool.query('SELECT programme, role, eligible FROM eligibility WHERE person_id = $1', [asha.personId]);
    expect(table.rows).toEqual([{ programme: 'general', role: 'coach', eligible: true }]);
  });

  it("shows eligibility to the person and their organisation's admins, not to colleagues or other organisations", async () => {
    const asha = await report();
    const colleague = await report();
    const outsider = await training.people.withRole(randomUUID(), 'organisation_admin', 'Other admin');
    const ask = (by: TestPerson) => training.graphql(ELIGIBILITY, { p: asha.personId }, principalOf(by));
    expect(codesOf(await ask(asha))).toEqual([]);
    expect(codesOf(await ask(admin))).toEqual([]);
    expect(codesOf(await ask(colleague))).toEqual(['FORBIDDEN']);
    expect(codesOf(await ask(outsider))).toEqual(['FORBIDDEN']);
  });
});
