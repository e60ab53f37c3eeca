import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import type { Principal } from '@tapestry/auth';
import {
  ApprovalGrantedSchema,
  ApprovalKind,
  CoachEligibilityChangedSchema,
  ConsortiumMemberAddedSchema,
  PersonMovedSchema,
  PersonRegisteredSchema,
  PractitionerRole,
  Programme,
  Role as ProtoRole,
  RoleGrantedSchema,
  ScopeKind,
  ShiftPattern,
  toTimestamp,
} from '@tapestry/contracts';
import { waitFor } from '@tapestry/testing';
import {
  codesOf,
  dataOf,
  organisationScope,
  policyInput,
  poolAs,
  publishIdentityEvent,
  publishTrainingEvent,
  REQUEST_SUPPORT,
  SET_POLICY,
  startMatchingTestApp,
  type MatchingTestApp,
} from '../testing';

jest.setTimeout(90_000);

interface PersonRow {
  organisation_id: string;
  display_name: string;
  work_email: string;
  site_id: string | null;
  directorate_id: string | null;
  staff_group: string;
  band: string;
  shift_pattern: string;
  line_manager_id: string | null;
  roles: Array<{ role: string; scopeKind: string; scopeId: string }>;
}

describe("matching's directory, kept from identity's and training's events", () => {
  let matching: MatchingTestApp;
  const organisationId = randomUUID();
  const siteId = randomUUID();
  const directorateId = randomUUID();
  const managerId = randomUUID();
  let lead: Principal;

  beforeAll(async () => {
    matching = await startMatchingTestApp();
    const leadId = randomUUID();
    lead = { personId: leadId, organisationId, email: 'priya@trust.example', roles: [{ role: 'programme_lead', scope: { kind: 'organisation', id: organisationId } }] };
  });

  afterAll(async () => {
    await matching?.close();
  });

  const personRow = async (personId: string): Promise<PersonRow | undefined> =>
    (await matching.pool.query<PersonRow>('SELECT * FROM people WHERE person_id = $1', [personId])).rows[0];

  async function register(personId: string, details: { displayName: string; shiftPattern?: ShiftPattern; lineManagerId?: string } = { displayName: 'Someone' }) {
    await publishIdentityEvent(
      matching,
      {
        case: 'personRegistered',
        value: create(PersonRegisteredSchema, {
          personId,
          organisationId,
          displayName: details.displayName,
          workEmail: `${personId.slice(0, 8)}@trust.example`,
          jobTitle: 'Staff nurse',
          staffGroup: 'Nursing and Midwifery Registered',
          band: 'Band 6',
          siteId,
          directorateId,
          shiftPattern: details.shiftPattern ?? ShiftPattern.DAYS,
          clinical: true,
          ...(details.lineManagerId ? { lineManagerId: details.lineManagerId } : {}),
          startDate: '2019-04-01',
        }),
      },
      `person-${personId}`,
      organisationId,
    );
    return waitFor(() => personRow(personId), { timeoutMs: 15_000, description: `person ${personId} in the directory` });
  }

  const eligibility = (personId: string, eligible: boolean) =>
    publishTrainingEvent(
      matching,
      {
        case: 'coachEligibilityChanged',
        value: create(CoachEligibilityChangedSchema, { personId, organisationId, programme: Programme.GENERAL, role: PractitionerRole.MENTOR, eligible }),
      },
      `eligibility-${personId}`,
      organisationId,
    );

  it('registers a person with their site, directorate, shifts and line manager, and follows a move', async () => {
    const personId = randomUUID();
    const registered = await register(personId, { displayName: 'Sam Nurse', shiftPattern: ShiftPattern.NIGHTS, lineManagerId: managerId });
    expect(registered).toMatchObject({
      organisation_id: organisationId,
      display_name: 'Sam Nurse',
      work_email: `${personId.slice(0, 8)}@trust.example`,
      site_id: siteId,
      directorate_id: directorateId,
      band: 'Band 6',
      shift_pattern: 'nights',
      line_manager_id: managerId,
    });

    const newSite = randomUUID();
    await publishIdentityEvent(
      matching,
      { case: 'personMoved', value: create(PersonMovedSchema, { personId, organisationId, siteId: newSite, lineManagerId: '', band: 'Band 7', effectiveDate: '2026-04-01' }) },
      `person-${personId}`,
      organisationId,
    );
    const moved = await waitFor(async () => {
      const row = await personRow(personId);
      return row?.site_id === newSite ? row : undefined;
    }, { timeoutMs: 15_000, description: 'the move to show' });
    // The line manager cleared, the band changed; what the move did not mention stays.
    expect(moved).toMatchObject({ site_id: newSite, line_manager_id: null, band: 'Band 7', directorate_id: directorateId, shift_pattern: 'nights' });
  });

  it('keeps role grants, even one that arrives before its person', async () => {
    const personId = randomUUID();
    await publishIdentityEvent(
      matching,
      {
        case: 'roleGranted',
        value: create(RoleGrantedSchema, { personId, role: ProtoRole.PROGRAMME_LEAD, scopeKind: ScopeKind.ORGANISATION, scopeId: organisationId }),
      },
      `grants-${personId}`,
      organisationId,
    );
    await waitFor(async () => (await matching.pool.query('SELECT 1 FROM people_role_grants WHERE person_id = $1', [personId])).rows.length > 0, {
      timeoutMs: 15_000,
      description: 'the grant to be kept',
    });
    const registered = await register(personId, { displayName: 'Priya Lead' });
    expect(registered.roles).toEqual([{ role: 'programme_lead', scopeKind: 'organisation', scopeId: organisationId }]);
  });

  it('records consortium memberships', async () => {
    const consortiumId = randomUUID();
    await publishIdentityEvent(
      matching,
      { case: 'consortiumMemberAdded', value: create(ConsortiumMemberAddedSchema, { consortiumId, organisationId }) },
      `consortium-${consortiumId}`,
    );
    await waitFor(
      async () => (await matching.pool.query('SELECT 1 FROM consortium_members WHERE consortium_id = $1 AND organisation_id = $2', [consortiumId, organisationId])).rows.length > 0,
      { timeoutMs: 15_000, description: 'the consortium membership' },
    );
  });

  it('adds a newly eligible mentor to the pool the lead sees, and drops them once no longer eligible', async () => {
    const mentorId = randomUUID();
    await register(mentorId, { displayName: 'Morgan Mentor' });
    expect((await poolAs(matching, lead)).map((coach) => coach.coachId)).not.toContain(mentorId);

    await eligibility(mentorId, true);
    const inPool = await waitFor(async () => (await poolAs(matching, lead, 'GENERAL')).find((coach) => coach.coachId === mentorId), {
      timeoutMs: 15_000,
      description: 'the mentor in the pool',
    });
    expect(inPool).toMatchObject({ name: 'Morgan Mentor', organisationId, capacity: 2, activeRelationships: 0, paused: false });
    const { rows } = await matching.pool.query('SELECT programme, kind, eligible FROM coach_eligibility WHERE person_id = $1', [mentorId]);
    expect(rows).toEqual([{ programme: 'GENERAL', kind: 'mentoring', eligible: true }]);

    await eligibility(mentorId, false);
    await waitFor(async () => !(await poolAs(matching, lead)).some((coach) => coach.coachId === mentorId), {
      timeoutMs: 15_000,
      description: 'the mentor to leave the pool',
    });
  });

  it("records a line manager's release for coaching, which lets a request through where the policy asks for one", async () => {
    dataOf(await matching.graphql(SET_POLICY, { scope: organisationScope(organisationId), programme: 'GENERAL', policy: policyInput({ releaseRequired: true }) }, lead));
    const menteeId = randomUUID();
    await register(menteeId, { displayName: 'Robin Returner', lineManagerId: managerId });
    const mentee: Principal = { personId: menteeId, organisationId, email: 'robin@trust.example', roles: [{ role: 'staff', scope: { kind: 'organisation', id: organisationId } }] };
    const ask = () => matching.graphql(REQUEST_SUPPORT, { input: { programme: 'GENERAL', kind: 'MENTORING', goals: 'Settle back in after leave' } }, mentee);
    expect(codesOf(await ask())).toEqual(['RELEASE_REQUIRED']);

    // Approvals of other kinds are not a release.
    const grant = (approvalId: string, kind: ApprovalKind) =>
      publishTrainingEvent(
        matching,
        {
          case: 'approvalGranted',
          value: create(ApprovalGrantedSchema, {
            approvalId,
            personId: menteeId,
            organisationId,
            kind,
            programme: Programme.GENERAL,
            decidedBy: managerId,
            expiresAt: toTimestamp(new Date(matching.clock.now().getTime() + 180 * 86_400_000)),
          }),
        },
        `approval-${approvalId}`,
        organisationId,
      );
    const applied = async () => Number((await matching.pool.query<{ n: string }>("SELECT count(*) AS n FROM inbox WHERE consumer = 'matching.directory'")).rows[0]?.n);
    const appliedBefore = await applied();
    await grant(randomUUID(), ApprovalKind.PRACTISE_AS_MENTOR);
    await waitFor(async () => (await applied()) > appliedBefore, { timeoutMs: 15_000, description: 'the approval to be applied' });
    expect((await matching.pool.query('SELECT 1 FROM coaching_releases WHERE person_id = $1', [menteeId])).rows).toEqual([]);
    expect(codesOf(await ask())).toEqual(['RELEASE_REQUIRED']);

    const release = randomUUID();
    await grant(release, ApprovalKind.RELEASE_FOR_COACHING);
    const row = await waitFor(
      async () => (await matching.pool.query<{ approval_id: string; programme: string; expires_at: Date | null }>('SELECT * FROM coaching_releases WHERE person_id = $1', [menteeId])).rows[0],
      { timeoutMs: 15_000, description: 'the release' },
    );
    expect(row).toMatchObject({ approval_id: release, programme: 'GENERAL' });
    expect(row.expires_at).toBeInstanceOf(Date);

    expect(dataOf(await ask())).toMatchObject({ requestSupport: { status: 'open' } });
  });
});
