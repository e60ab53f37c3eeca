import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Ethnicity, topicFor } from '@tapestry/contracts';
import type { IncomingMessage } from '@tapestry/messaging';
import { waitFor } from '@tapestry/testing';
import type { RawFigure } from '../disclosure/figures';
import { SettableClock } from '@tapestry/nest-kit';
import { FigureTables } from '../graphql/figure-tables';
import { programmeMetricsTable } from '../metrics/programme-metrics';
import { ensureTrialTables, TRIALS_SCHEMA } from '../trials/trial-tables';
import { rebuildWarehouse } from '../rebuild/rebuild-warehouse';
import type { GroupDimension, ResolvedScope } from '../scope/scope';
import { knownScenario } from '../testing/known-scenario';
import { WarehouseHarness } from '../testing/warehouse-harness';
import { WarehouseEvents } from '../testing/warehouse-events';
import { LIVE_SCHEMA } from '../warehouse/star-schema';

jest.setTimeout(120_000);

const value = (figure: RawFigure): unknown =>
  figure.kind === 'count' ? figure.value : figure.kind === 'rate' ? [figure.numerator, figure.base] : [figure.value === null ? null : Number(figure.value.toFixed(4)), figure.base];

describe('the analytics warehouse, fed from the topics, gives the figures worked out by hand', () => {
  let harness: WarehouseHarness;
  const scenario = knownScenario();
  const trustA: ResolvedScope = {
    kind: 'organisation',
    id: scenario.trustA,
    name: 'Trust A',
    organisationIds: [scenario.trustA],
    siteId: null,
    directorateId: null,
    staffGroup: null,
  };
  const firstHalf = { from: '2026-01-01', to: '2026-06-30' };
  const figures = async (scope: ResolvedScope, groupBy: GroupDimension[] = [], programme: string | null = 'GENERAL') =>
    programmeMetricsTable({ db: harness.pool, schema: LIVE_SCHEMA, scope, period: firstHalf, programme, groupBy });

  beforeAll(async () => {
    harness = await WarehouseHarness.start();
    await harness.publish(scenario.events.messages);
    await harness.startConsumer();
    await harness.waitForApplied(scenario.events.messages.length);
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('counts the first half of 2026 in Trust A exactly', async () => {
    const table = await figures(trustA);
    expect(table.rows).toHaveLength(1);
    const got = Object.fromEntries(Object.entries(table.rows[0].figures).map(([name, figure]) => [name, value(figure)]));
    expect(got).toMatchObject({
      peopleTrained: 3,
      poolEligible: 3,
      poolActive: 3,
      poolPaused: 0,
      backlogRegistered: 1,
      backlogRequested: 2,
      requests: 10,
      requestsWithdrawn: 0,
      introductions: 9,
      daysRequestToMatchMedian: [5, 9],
      daysRequestToMatchP90: [10, 9],
      daysRequestToFirstSessionMedian: [37, 8],
      daysRequestToFirstSessionP90: [37, 8],
      chemistrySuccess: [8, 9],
      introductionsDeclined: 1,
      relationshipsHeld: 8,
      relationshipsClosed: 1,
      relationshipLengthDaysMedian: [120, 1],
      closureReason_GOALS_MET: 1,
      sessionsHeld: 16,
      sessionMinutesMedian: [75, 16],
      sessionsAtCap: [8, 16],
      sessionsCancelled: 2,
      cancelled_CLINICAL_PRESSURE: 1,
      rescheduled_CLINICAL_PRESSURE: 0,
      cancelled_SICKNESS: 0,
      rescheduled_SICKNESS: 1,
      relationshipMonths: 40,
      cadenceMonthlyNormMet: [16, 40],
      coachesHolding: 3,
      loadShareBusiestTenth: [Number(((100 * 4) / 7).toFixed(4)), 3],
      crossSiloDirectorate: [1, 9],
      crossSiloStaffGroup: [0, 9],
      crossSiloOrganisation: [1, 9],
      crossSiloAny: [1, 9],
      supervisionCoverage: [2, 3],
    });
  });

  it('counts the consortium with Trust B’s coach, and breaks introductions down by the coachee’s directorate and month', async () => {
    const consortium = await figures({ ...trustA, kind: 'consortium', id: scenario.consortium, organisationIds: [scenario.trustA, scenario.trustB] });
    expect(value(consortium.rows[0].figures.coachesHolding)).toBe(4);
    expect(value(consortium.rows[0].figures.peopleTrained)).toBe(4);
    // Busiest tenth of 4 coaches is 1 coach holding 4 of 8 relationships.
    expect(value(consortium.rows[0].figures.loadShareBusiestTenth)).toEqual([50, 4]);

    const byDirectorate = await figures(trustA, ['directorate', 'month']);
    const introductions = byDirectorate.rows
      .filter((row) => value(row.figures.introductions) !== 0)
      .map((row) => [row.key[0] === scenario.d1 ? 'Medicine' : 'Surgery', row.key[1], value(row.figures.introductions)]);
    expect(introductions).toEqual(
      [
        ['Medicine', '2026-02', 7],
        ['Surgery', '2026-02', 2],
      ].sort((a, b) => String(a[0] === 'Medicine' ? scenario.d1 : scenario.d2).localeCompare(String(b[0] === 'Medicine' ? scenario.d1 : scenario.d2))),
    );
    const sessionsByMonth = byDirectorate.rows.filter((row) => row.key[0] === scenario.d1).map((row) => [row.key[1], value(row.figures.sessionsHeld)]);
    expect(sessionsByMonth).toEqual(expect.arrayContaining([['2026-03', 7], ['2026-04', 7]]));
  });

  it('keeps employment as spells: a move starts one, leaving ends the last', async () => {
    const { rows } = await harness.pool.query<{ band: string; valid_from: string; valid_to: string | null; ended_by_leaving: boolean }>(
      `SELECT band, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to, ended_by_leaving
       FROM ${LIVE_SCHEMA}.fact_employment_spell WHERE person_id = ANY($1) ORDER BY person_id = $2, valid_from`,
      [[scenario.staff[4], scenario.staff[19]], scenario.staff[4]],
    );
    expect(rows).toEqual([
      { band: '5', valid_from: '2020-01-01', valid_to: '2026-05-01', ended_by_leaving: true },
      { band: '5', valid_from: '2020-01-01', valid_to: '2026-04-01', ended_by_leaving: false },
      { band: '6', valid_from: '2026-04-01', valid_to: null, ended_by_leaving: false },
    ]);
    const { rows: stored } = await harness.pool.query(`SELECT * FROM ${LIVE_SCHEMA}.fact_employment_spell WHERE job_title ILIKE '%never%'`);
    expect(stored).toHaveLength(0);
  });

  it('rebuilds from the topics’ beginning to the same figures, while the live consumer keeps running', async () => {
    const dimensions: GroupDimension[] = ['directorate', 'month'];
    const before = await figures(trustA, dimensions);
    const progress: Array<[number, number]> = [];
    const result = await rebuildWarehouse({ pool: harness.pool, transport: harness.transport, onProgress: (done, total) => progress.push([done, total]) });
    expect(result.messages).toBeGreaterThanOrEqual(scenario.events.messages.length);
    expect(progress.at(-1)?.[0]).toBe(result.messages);
    expect(await figures(trustA, dimensions)).toEqual(before);

    // What arrives after the rebuild is applied once, to the rebuilt warehouse.
    const later = new WarehouseEvents().matching(
      {
        case: 'supportRequested',
        value: { requestId: crypto.randomUUID(), requesterId: scenario.staff[14], organisationId: scenario.trustA, programme: 1, wants: 1 },
      },
      'request-later',
      '2026-06-01T10:00:00.000Z',
    );
    await harness.publish(later.messages);
    await harness.waitForApplied(scenario.events.messages.length + 1);
    const after = await figures(trustA);
    expect(value(after.rows[0].figures.requests)).toBe(11);
  });

  it('sends a message that does not decode to the dead-letter topic and goes on with the next', async () => {
    const dlq = `${topicFor('matching')}.dlq`;
    await harness.transport.ensureTopics([topicFor('matching')]);
    const deadLetters: IncomingMessage[] = [];
    const tap = await harness.transport.subscribe({
      groupId: `dlq-tap-${Date.now()}`,
      topics: [dlq],
      fromBeginning: true,
      handler: (message) => {
        deadLetters.push(message);
        return Promise.resolve();
      },
    });
    const poison = {
      topic: topicFor('matching'),
      key: 'poison',
      value: Buffer.from('not a protobuf MatchingEvent at all'),
      headers: { 'event-id': crypto.randomUUID(), 'event-type': 'SessionLogged', 'schema-version': '1', 'correlation-id': crypto.randomUUID() },
    };
    const requestId = crypto.randomUUID();
    const next = new WarehouseEvents().matching(
      { case: 'supportRequested', value: { requestId, requesterId: scenario.staff[15], organisationId: scenario.trustA, programme: 1, wants: 1 } },
      `request-${requestId}`,
      '2026-06-02T10:00:00.000Z',
    );
    await harness.publish([poison, ...next.messages]);
    await waitFor(
      async () => (await harness.pool.query(`SELECT 1 FROM ${LIVE_SCHEMA}.fact_request WHERE request_id = $1`, [requestId])).rows.length === 1,
      { description: 'the request after the poison message applied', timeoutMs: 30_000 },
    );
    await waitFor(() => deadLetters.some((message) => message.headers['event-id'] === poison.headers['event-id']), {
      description: 'the poison message on the dead-letter topic',
    });
    const { rows } = await harness.pool.query(`SELECT 1 FROM ${LIVE_SCHEMA}.applied_messages WHERE event_id = $1`, [poison.headers['event-id']]);
    expect(rows).toHaveLength(0);
    await tap.stop();

    // An operator rebuilds from the command line: the poison message is passed over, said so, and the rest is whole.
    const before = await figures(trustA, ['directorate', 'month']);
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'services/analytics/src/cli/rebuild.ts'], {
      cwd: resolve(__dirname, '../../../..'),
      env: { ...process.env, ...harness.environment },
    });
    expect(stdout).toContain(`passed over ${topicFor('matching')}/`);
    expect(stdout).toMatch(/Rebuilt the analytics warehouse: \d+ messages \(1 passed over\)/);
    expect(await figures(trustA, ['directorate', 'month'])).toEqual(before);
  });

  it('breaks figures down by ethnicity only where the organisation recorded its lawful basis, and never for a person who objected', async () => {
    const P = (n: number) => scenario.staff[n - 1];
    const declared = new WarehouseEvents();
    for (const [n, ethnicity] of [
      [4, Ethnicity.WHITE],
      [5, Ethnicity.WHITE],
      [6, Ethnicity.WHITE],
      [7, Ethnicity.WHITE],
      [8, Ethnicity.WHITE],
      [9, Ethnicity.ASIAN_OR_ASIAN_BRITISH],
      [10, Ethnicity.WHITE],
    ] as const) {
      declared.identity({ case: 'ethnicityRecorded', value: { personId: P(n), organisationId: scenario.trustA, ethnicity } }, `equality-monitoring-${P(n)}`, '2026-01-02T09:00:00.000Z');
    }
    declared.identity(
      { case: 'specialCategoryObjectionChanged', value: { personId: P(10), organisationId: scenario.trustA, objecting: true } },
      `equality-monitoring-${P(10)}`,
      '2026-01-03T09:00:00.000Z',
    );
    const introductionsByEthnicity = async () =>
      Object.fromEntries((await figures(trustA, ['ethnicity'])).rows.filter((row) => value(row.figures.introductions) !== 0).map((row) => [row.key[0], value(row.figures.introductions)]));

    await harness.publish(declared.messages);
    const applied = scenario.events.messages.length + 2 + declared.messages.length;
    await harness.waitForApplied(applied);
    // Without a lawful basis recorded for Trust A, nobody's ethnicity is reported.
    expect(await introductionsByEthnicity()).toEqual({ NOT_REPORTED: 9 });

    const basis = new WarehouseEvents().identity(
      {
        case: 'lawfulBasisRecorded',
        value: { organisationId: scenario.trustA, basis: 'UK GDPR Art. 9(2)(g), DPA 2018 Sch. 1 para. 8', recordedBy: P(19), recordedOn: '2026-01-01' },
      },
      `organisation-${scenario.trustA}`,
      '2026-01-01T09:00:00.000Z',
    );
    await harness.publish(basis.messages);
    await harness.waitForApplied(applied + 1);
    expect(await introductionsByEthnicity()).toEqual({ WHITE: 5, ASIAN_OR_ASIAN_BRITISH: 1, NOT_REPORTED: 1, NOT_RECORDED: 2 });
  });

  it('publishes outcomes, trial arms and the reciprocity ledger through the disclosure gate', async () => {
    const analyst = { personId: 'analyst', organisationId: scenario.trustA, email: 'analyst@nhs.test', roles: [{ role: 'analyst' as const, scope: { kind: 'consortium' as const, id: scenario.consortium } }] };
    const tables = new FigureTables(harness.pool, new SettableClock(new Date('2026-11-24T12:00:00Z')));
    await ensureTrialTables(harness.pool);
    const trialId = crypto.randomUUID();
    await harness.pool.query(`INSERT INTO ${TRIALS_SCHEMA}.trials (trial_id, organisation_id, name, defined_by) VALUES ($1, $2, 'Wellbeing trial', 'analyst')`, [trialId, scenario.trustA]);
    const arms = ['none', 'coachbot', 'coachbot_plus_coach', 'coach'];
    for (const [index, personId] of scenario.staff.entries()) {
      await harness.pool.query(`INSERT INTO ${TRIALS_SCHEMA}.trial_assignments (trial_id, person_id, arm, assigned_on, assigned_by) VALUES ($1, $2, $3, '2026-01-05', 'analyst')`, [
        trialId,
        personId,
        arms[index % 4],
      ]);
    }
    const trial = await tables.publish(await tables.trialArms(analyst, { organisationId: scenario.trustA }, trialId, 6));
    expect(trial.result.rows.map((row) => row.key[0])).toEqual(arms);
    // Five people per arm: each count is suppressed, never shown.
    expect(trial.result.rows.map((row) => row.figures.find((figure) => figure.name === 'assigned')?.reason)).toEqual(['SMALL_COUNT', 'SMALL_COUNT', 'SMALL_COUNT', 'SMALL_COUNT']);

    const outcomes = await tables.publish(await tables.outcomes(analyst, { organisationId: scenario.trustA }, '2026-01-01', '2026-06-30', 6, 'GENERAL'));
    expect(outcomes.raw.rows[0].figures.participants).toEqual({ kind: 'count', value: expect.any(Number) });
    expect(outcomes.result.rows[0].figures.every((figure) => figure.value === null || figure.kind !== 'count' || figure.value === 0 || figure.value >= 8)).toBe(true);

    const ledger = await tables.publish(await tables.reciprocity(analyst, scenario.consortium, '2026-01-01', '2026-06-30'));
    const bToA = ledger.raw.rows.find((row) => row.key[0] === scenario.trustB && row.key[1] === scenario.trustA);
    // Trust B's coach held one relationship with a Trust A coachee, and two 60- and 90-minute sessions: 2.5 hours.
    expect(bToA?.figures).toEqual({
      coachingRelationships: { kind: 'count', value: 1 },
      mentoringRelationships: { kind: 'count', value: 0 },
      coachingHours: { kind: 'statistic', value: 2.5, base: 2 },
      mentoringHours: { kind: 'statistic', value: null, base: 0 },
    });
    expect(ledger.result.rows.find((row) => row.key[0] === scenario.trustB && row.key[1] === scenario.trustA)?.figures[0]).toMatchObject({ suppressed: true, reason: 'SMALL_COUNT' });
  });
});
