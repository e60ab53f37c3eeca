import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import type { Principal } from '@tapestry/auth';
import {
  ConsortiumMemberAddedSchema,
  decodeTrainingEvent,
  EligibilityReason,
  PersonDetailsUpdatedSchema,
  PersonLeftSchema,
  PersonMovedSchema,
  PersonRegisteredSchema,
  Role,
  RoleGrantedSchema,
  RoleRevokedSchema,
  ScopeKind,
  topicFor,
  type CoachEligibilityChanged,
} from '@tapestry/contracts';
import type { Subscription } from '@tapestry/messaging';
import { waitFor } from '@tapestry/testing';
import { codesOf, completeCourse, createCourse, dataOf, principalOf, startTrainingTestApp, type TrainingTestApp } from '../testing';
import { findTrainingPerson, type TrainingPerson } from './people-directory.queries';

// A whole service on a shared 2-core machine: starting it can be slow under load.
jest.setTimeout(90_000);

const REQUEST = 'mutation($k: ApprovalKind!) { requestManagerApproval(kind: $k, programme: GENERAL) { id status lineManagerId } }';
const DECIDE = 'mutation($id: ID!) { decideManagerApproval(approvalId: $id, approve: true) { id status } }';

describe("training: identity's events in the people directory", () => {
  let training: TrainingTestApp;
  let subscription: Subscription;
  const published: CoachEligibilityChanged[] = [];
  const organisationId = randomUUID();
  let lead: Principal;

  beforeAll(async () => {
    training = await startTrainingTestApp();
    lead = principalOf(await training.people.withRole(organisationId, 'programme_lead', 'Priya Lead'));
    await training.transport.ensureTopics([topicFor('training')]);
    subscription = await training.transport.subscribe({
      groupId: `test-${randomUUID()}`,
      topics: [topicFor('training')],
      fromBeginning: true,
      handler: (message) => {
        const { event } = decodeTrainingEvent(message.value);
        if (event.case === 'coachEligibilityChanged') published.push(event.value);
        return Promise.resolve();
      },
    });
  });

  afterAll(async () => {
    await subscription?.stop();
    await training?.close();
  });

  const managerOf = (personId: string): Principal => ({ personId, organisationId, email: `${personId}@trust.example`, roles: [] });
  const register = async (personId: string, displayName: string, lineManagerId?: string): Promise<TrainingPerson> => {
    const value = create(PersonRegisteredSchema, { personId, organisationId, displayName, jobTitle: 'Staff Nurse', band: 'Band 6', startDate: '2020-01-06', lineManagerId });
    await training.publishIdentityEvent({ case: 'personRegistered', value }, `person-${personId}`, organisationId);
    return waitFor(() => findTrainingPerson(training.pool, personId).then((person) => person ?? undefined), { description: `${displayName} in the directory` });
  };
  const move = (personId: string, lineManagerId: string) =>
    training.publishIdentityEvent(
      { case: 'personMoved', value: create(PersonMovedSchema, { personId, organisationId, lineManagerId, effectiveDate: '2026-01-05' }) },
      `person-${personId}`,
      organisationId,
    );
  const statusOf = async (approvalId: string) =>
    (await training.pool.query<{ status: string; line_manager_id: string | null }>('SELECT status, line_manager_id FROM approvals WHERE approval_id = $1', [approvalId])).rows[0];
  const eligibilityEvents = async (personId: string) =>
    (
      await training.pool.query<{ data: { eligible: boolean; reasons: string[]; programme: string; role: string } }>(
        "SELECT data FROM events WHERE stream_id = $1 AND type = 'CoachEligibilityChanged' ORDER BY stream_version",
        [`eligibility-${personId}`],
      )
    ).rows.map((row) => row.data);

  /** Registers a coach through identity's events, trains them in general coaching and has their manager approve. */
  async function approvedCoach(managerId: string): Promise<{ personId: string; approvalId: string }> {
    const personId = randomUUID();
    const person = await register(personId, 'Asha Coach', managerId);
    const course = await createCourse(training, lead, { qualifies: [{ programme: 'GENERAL', role: 'COACH' }] });
    await completeCourse(training, lead, principalOf({ ...person, roles: [] }), course.id);
    const asha = principalOf({ ...person, roles: [] });
    const { id } = dataOf(await training.graphql<{ requestManagerApproval: { id: string } }>(REQUEST, { k: 'PRACTISE_AS_COACH' }, asha)).requestManagerApproval;
    dataOf(await training.graphql(DECIDE, { id }, managerOf(managerId)));
    expect(await eligibilityEvents(personId)).toEqual([expect.objectContaining({ programme: 'general', role: 'coach', eligible: true })]);
    return { personId, approvalId: id };
  }

  it('keeps people, their names, roles and consortia as identity publishes them', async () => {
    const personId = randomUUID();
    const consortiumId = randomUUID();
    const coachGrant = { personId, role: Role.COACH, scopeKind: ScopeKind.ORGANISATION, scopeId: organisationId };
    // Grants travel on their own stream, so one may arrive before the person.
    await training.publishIdentityEvent({ case: 'roleGranted', value: create(RoleGrantedSchema, coachGrant) }, `roles-${personId}`);
    await register(personId, 'Sam Example');
    await training.publishIdentityEvent(
      { case: 'personDetailsUpdated', value: create(PersonDetailsUpdatedSchema, { personId, organisationId, displayName: 'Sam Renamed' }) },
      `person-${personId}`,
    );
    await training.publishIdentityEvent(
      { case: 'consortiumMemberAdded', value: create(ConsortiumMemberAddedSchema, { consortiumId, organisationId }) },
      `consortium-${consortiumId}`,
    );
    const renamed = await waitFor(async () => {
      const person = await findTrainingPerson(training.pool, personId);
      return person?.displayName === 'Sam Renamed' ? person : undefined;
    });
    expect(renamed).toEqual({
      personId,
      organisationId,
      displayName: 'Sam Renamed',
      lineManagerId: null,
      status: 'active',
      roles: [{ role: 'coach', scope: { kind: 'organisation', id: organisationId } }],
    });
    await waitFor(async () => (await training.pool.query('SELECT 1 FROM consortium_members WHERE consortium_id = $1', [consortiumId])).rowCount === 1);

    await training.publishIdentityEvent({ case: 'roleRevoked', value: create(RoleRevokedSchema, coachGrant) }, `roles-${personId}`);
    await waitFor(async () => (await findTrainingPerson(training.pool, personId))?.roles.length === 0, { description: 'the revoked role gone' });
  });

  it('a new line manager ends granted approvals, reroutes unanswered ones, and ends eligibility', async () => {
    const [firstManager, secondManager] = [randomUUID(), randomUUID()];
    const { personId, approvalId } = await approvedCoach(firstManager);
    const asha = managerOf(personId);
    const mentoring = dataOf(await training.graphql<{ requestManagerApproval: { id: string } }>(REQUEST, { k: 'PRACTISE_AS_MENTOR' }, asha)).requestManagerApproval;

    await move(personId, secondManager);

    await waitFor(async () => (await statusOf(approvalId))?.status === 'invalidated', { description: 'the granted approval invalidated' });
    expect(await statusOf(mentoring.id)).toEqual({ status: 'pending', line_manager_id: secondManager });
    expect(await eligibilityEvents(personId)).toEqual([
      expect.objectContaining({ eligible: true }),
      { personId, organisationId, programme: 'general', role: 'coach', eligible: false, reasons: ['NO_CURRENT_APPROVAL'] },
    ]);
    // The relay publishes the loss to matching.
    await waitFor(() => published.some((change) => change.personId === personId && !change.eligible), { description: 'CoachEligibilityChanged on the bus' });
    const lost = published.find((change) => change.personId === personId && !change.eligible);
    expect(lost?.reasons).toEqual([EligibilityReason.NO_CURRENT_APPROVAL]);
    // Only the new manager may now decide the rerouted request.
    expect(codesOf(await training.graphql(DECIDE, { id: mentoring.id }, managerOf(firstManager)))).toEqual(['NOT_LINE_MANAGER']);
    expect(dataOf(await training.graphql<{ decideManagerApproval: { status: string } }>(DECIDE, { id: mentoring.id }, managerOf(secondManager))).decideManagerApproval.status).toBe(
      'APPROVED',
    );
  });

  it('a leaver loses their approvals and eligibility, and cannot ask again', async () => {
    const manager = randomUUID();
    const { personId, approvalId } = await approvedCoach(manager);

    await training.publishIdentityEvent(
      { case: 'personLeft', value: create(PersonLeftSchema, { personId, organisationId, leavingDate: '2026-02-27', reason: 'Retirement' }) },
      `person-${personId}`,
      organisationId,
    );

    await waitFor(async () => (await statusOf(approvalId))?.status === 'invalidated', { description: "the leaver's approval invalidated" });
    expect((await eligibilityEvents(personId)).at(-1)).toMatchObject({ eligible: false, reasons: ['NOT_EMPLOYED', 'NO_CURRENT_APPROVAL'] });
    expect((await findTrainingPerson(training.pool, personId))?.status).toBe('left');
    expect(codesOf(await training.graphql(REQUEST, { k: 'PRACTISE_AS_COACH' }, managerOf(personId)))).toEqual(['PERSON_HAS_LEFT']);
  });

  it('a cleared line manager ends an unanswered request, and new requests need a manager first', async () => {
    const personId = randomUUID();
    await register(personId, 'Noor Nomanager', randomUUID());
    const { id } = dataOf(await training.graphql<{ requestManagerApproval: { id: string } }>(REQUEST, { k: 'PRACTISE_AS_COACH' }, managerOf(personId))).requestManagerApproval;

    await move(personId, '');

    await waitFor(async () => (await statusOf(id))?.status === 'invalidated', { description: 'the request invalidated' });
    expect((await findTrainingPerson(training.pool, personId))?.lineManagerId).toBeNull();
    expect(codesOf(await training.graphql(REQUEST, { k: 'PRACTISE_AS_COACH' }, managerOf(personId)))).toEqual(['NO_LINE_MANAGER']);
  });
});
