import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import { Programme, RelationshipActivatedSchema, RelationshipIntroducedSchema, RelationshipRole, toTimestamp } from '@tapestry/contracts';
import { addDays, londonDateOf } from '@tapestry/domain';
import { dataOf, waitFor } from '@tapestry/testing';
import { startSupervisionTestApp, type SupervisionTestApp } from '../testing/supervision-test-app';
import { publishMatching, registerPerson } from '../testing/supervision-flows';

jest.setTimeout(120_000);

const ASSIGN = 'mutation($coachId: ID!, $supervisorId: ID!) { assignSupervisor(coachId: $coachId, supervisorId: $supervisorId, format: GROUP) }';
const CASELOADS = 'query { caseloads { coachId capacityUsed active { reference } } }';

describe('supervision: a supervisor of thirty coaches', () => {
  let supervision: SupervisionTestApp;

  beforeAll(async () => {
    supervision = await startSupervisionTestApp();
  });

  afterAll(async () => {
    await supervision?.close();
  });

  it('gets every caseload from supervision’s own read model, with no other service running', async () => {
    const organisationId = randomUUID();
    const lead = await registerPerson(supervision, organisationId, 'Priya Lead', ['programme_lead']);
    const supervisor = await registerPerson(supervision, organisationId, 'Sam Supervisor', ['supervisor']);
    const coaches = await Promise.all(Array.from({ length: 30 }, (_, index) => registerPerson(supervision, organisationId, `Coach ${index + 1}`, ['coach'])));
    const now = supervision.clock.now();
    const today = londonDateOf(now);
    for (const [index, coach] of coaches.entries()) {
      dataOf(await supervision.graphql(ASSIGN, { coachId: coach.personId, supervisorId: supervisor.personId }, lead.principal));
      // Every other coach has one active relationship; the rest none.
      if (index % 2 === 1) continue;
      const relationshipId = randomUUID();
      const base = { relationshipId, coachId: coach.personId, organisationId };
      await publishMatching(supervision, relationshipId, organisationId, [
        {
          case: 'relationshipIntroduced',
          value: create(RelationshipIntroducedSchema, {
            ...base,
            requestId: randomUUID(),
            coacheeId: randomUUID(),
            coacheeOrganisationId: organisationId,
            programme: Programme.GENERAL,
            role: RelationshipRole.MENTOR,
            requestedAt: toTimestamp(now),
            introducedAt: toTimestamp(now),
            chemistryMeetingAt: toTimestamp(now),
          }),
        },
        { case: 'relationshipActivated', value: create(RelationshipActivatedSchema, { ...base, activeFrom: today, reviewDueOn: addDays(today, 182) }) },
      ]);
    }
    await waitFor(async () => Number((await supervision.pool.query<{ n: string }>('SELECT count(*) AS n FROM caseload_facts')).rows[0]?.n) === 30, {
      timeoutMs: 30_000,
      description: 'thirty caseload facts',
    });

    const caseloads = dataOf(await supervision.graphql<{ caseloads: Array<{ coachId: string; capacityUsed: number; active: unknown[] }> }>(CASELOADS, {}, supervisor.principal))
      .caseloads;
    expect(caseloads).toHaveLength(30);
    expect(new Set(caseloads.map((caseload) => caseload.coachId))).toEqual(new Set(coaches.map((coach) => coach.personId)));
    expect(caseloads.filter((caseload) => caseload.active.length === 1 && caseload.capacityUsed === 1)).toHaveLength(15);
  });
});
