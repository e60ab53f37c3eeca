/**
 * @jest-environment <rootDir>/services/platform/src/testing/e2e-environment.ts
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { kafkaBrokers, waitFor } from '@tapestry/testing';
import { dataOf, errorCodes } from '../testing/graphql-client';
import { startTestPlatform, type SignedIn, type TestPlatform } from '../testing/test-platform';
import { waitUntilDemoTrainingSeeded } from '../e2e-training/training-operations';
import { londonNow } from '../e2e-training/london-today';

jest.setTimeout(120_000);

const ASSIGN = 'mutation($coachId: ID!, $supervisorId: ID!) { assignSupervisor(coachId: $coachId, supervisorId: $supervisorId) }';
const PAUSE = 'mutation($coachId: ID!) { pauseCoach(coachId: $coachId, reason: "Needs a rest after a hard winter") }';
const RESUME = 'mutation($coachId: ID!) { resumeCoach(coachId: $coachId) }';
const POOL = 'query { pool(programme: GENERAL) { coachId paused } }';
const ELIGIBILITY = 'query($id: ID!) { eligibility(personId: $id) { entries { programme role eligible reasons } } }';
const CASELOADS = 'query { caseloads { coachId capacityUsed active { reference sessionsHeld lastSessionOn status } flags { kind } } }';
const ROUND_ID = 'mutation($scope: MatchingScopeInput!) { runMatchingRound(scope: $scope, programme: GENERAL) { id proposals { requestId coachId } } }';
const APPROVE = 'mutation($roundId: ID!, $requestId: ID!) { approveProposal(roundId: $roundId, requestId: $requestId) { id } }';
const CHEMISTRY = 'mutation($id: ID!, $on: String!) { recordChemistryMeeting(relationshipId: $id, heldOn: $on) { id } }';
const CONFIRM = 'mutation($id: ID!) { confirmRelationship(relationshipId: $id) { id status } }';
const LOG_SESSION = 'mutation($id: ID!, $on: String!) { logSession(relationshipId: $id, input: { heldOn: $on, minutes: 60 }) { id } }';

const FIGURES = `query($scope: AnalyticsScopeInput!, $from: String!, $to: String!, $groupBy: [AnalyticsGroupBy!]) {
  programmeMetrics(scope: $scope, from: $from, to: $to, groupBy: $groupBy) { rows { key figures { name kind value suppressed reason } } }
}`;
const EVIDENCE_PACK = 'query($scope: AnalyticsScopeInput!, $year: Int!) { evidencePack(scope: $scope, programme: GENERAL, year: $year) { fileName html pdfBase64 } }';
const DEFINE_TRIAL = 'mutation($organisationId: ID!) { defineTrial(organisationId: $organisationId, name: "Coaching for retention") }';
const ASSIGN_ARM = 'mutation($trialId: ID!, $arm: TrialArm!, $people: [ID!], $teamOf: ID) { assignTrialArm(trialId: $trialId, arm: $arm, personIds: $people, teamOfLineManagerId: $teamOf) }';
const TRIAL_ARMS = 'query($scope: AnalyticsScopeInput!, $trialId: ID!) { trialArms(scope: $scope, trialId: $trialId) { rows { key figures { name value suppressed } } } }';
const EXPORT = 'query($query: ExportQueryInput!) { exportCsv(query: $query) { fileName csv } }';

interface FiguresReply {
  programmeMetrics: { rows: Array<{ key: string[]; figures: Array<{ name: string; kind: string; value: number | null; suppressed: boolean; reason: string | null }> }> };
}

interface CaseloadsReply {
  caseloads: Array<{ coachId: string; capacityUsed: number; active: Array<{ reference: string; sessionsHeld: number; lastSessionOn: string | null; status: string }> }>;
}
const REQUEST = 'mutation { requestSupport(input: { programme: GENERAL, kind: MENTORING, goals: "Prepare for an interview panel" }) { id } }';
const PIN = 'mutation($scope: MatchingScopeInput!, $requestId: ID!, $coachId: ID!) { pinPair(scope: $scope, programme: GENERAL, requestId: $requestId, coachId: $coachId, reason: "Asked for by name") }';
const ROUND = 'mutation($scope: MatchingScopeInput!) { runMatchingRound(scope: $scope, programme: GENERAL) { proposals { requestId coachId } rejectedPins { requestId coachId rule } } }';

interface RoundReply {
  runMatchingRound: { proposals: Array<{ requestId: string; coachId: string }>; rejectedPins: Array<{ requestId: string; coachId: string; rule: string }> };
}

interface EligibilityReply {
  eligibility: { entries: Array<{ programme: string; role: string; eligible: boolean; reasons: string[] }> } | null;
}

/** Issue 5: a supervisor's pause reaches matching and training over the bus, and a resume undoes it. */
describe.each(['embedded', 'kafka'] as const)('a supervisor pauses a coach, across services (%s transport)', (transport) => {
  let platform: TestPlatform;
  const as: Record<string, SignedIn> = {};

  beforeAll(async () => {
    platform = await startTestPlatform(transport === 'kafka' ? { transport, kafkaBrokers: kafkaBrokers() } : {});
    for (const { role } of platform.logins.logins) as[role] = await platform.signInAs(role);
    await waitUntilDemoTrainingSeeded(platform, as.coach);
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  });

  const inPool = async (): Promise<{ coachId: string; paused: boolean } | undefined> =>
    dataOf(await platform.graphql<{ pool: Array<{ coachId: string; paused: boolean }> }>(POOL, {}, as.programme_lead.token)).pool.find(
      (coach) => coach.coachId === as.mentor.personId,
    );
  const mentorEligible = async (): Promise<boolean | undefined> =>
    dataOf(await platform.graphql<EligibilityReply>(ELIGIBILITY, { id: as.mentor.personId }, as.programme_lead.token)).eligibility?.entries.some(
      (entry) => entry.programme === 'GENERAL' && entry.eligible,
    );

  it('takes the coach out of matching’s pool and training’s eligibility until resumed; the relationship that follows reaches the caseload, unchanged by a rebuild', async () => {
    await waitFor(async () => (await inPool()) !== undefined, { timeoutMs: 30_000, description: 'the demo mentor in the pool' });
    expect(await mentorEligible()).toBe(true);
    // The supervisor knows the mentor once identity's events reach supervision.
    const assign = () => platform.graphql(ASSIGN, { coachId: as.mentor.personId, supervisorId: as.supervisor.personId }, as.programme_lead.token);
    await waitFor(async () => errorCodes(await assign()).length === 0, {
      timeoutMs: 30_000,
      description: 'the supervisor assigned to the mentor',
    });
    expect(dataOf(await platform.graphql<{ caseloads: Array<{ coachId: string }> }>(CASELOADS, {}, as.supervisor.token)).caseloads.map((c) => c.coachId)).toEqual([
      as.mentor.personId,
    ]);

    dataOf(await platform.graphql(PAUSE, { coachId: as.mentor.personId }, as.supervisor.token));
    await waitFor(async () => (await mentorEligible()) === false, { timeoutMs: 30_000, description: 'training shows the mentor ineligible' });
    const entries = dataOf(await platform.graphql<EligibilityReply>(ELIGIBILITY, { id: as.mentor.personId }, as.programme_lead.token)).eligibility?.entries ?? [];
    expect(entries.find((entry) => entry.programme === 'GENERAL')?.reasons).toContain('PAUSED');
    await waitFor(async () => (await inPool()) === undefined || (await inPool())?.paused === true, { timeoutMs: 30_000, description: 'matching no longer offers the mentor' });
    // The next round will not propose them, even when the lead insists.
    const scope = { kind: 'ORGANISATION', id: as.programme_lead.organisationId };
    const requestId = dataOf(await platform.graphql<{ requestSupport: { id: string } }>(REQUEST, {}, as.staff.token)).requestSupport.id;
    dataOf(await platform.graphql(PIN, { scope, requestId, coachId: as.mentor.personId }, as.programme_lead.token));
    const whilePaused = dataOf(await platform.graphql<RoundReply>(ROUND, { scope }, as.programme_lead.token)).runMatchingRound;
    expect(whilePaused.proposals.some((proposal) => proposal.coachId === as.mentor.personId)).toBe(false);
    expect(whilePaused.rejectedPins).toEqual([expect.objectContaining({ requestId, coachId: as.mentor.personId })]);

    dataOf(await platform.graphql(RESUME, { coachId: as.mentor.personId }, as.supervisor.token));
    await waitFor(async () => (await mentorEligible()) === true, { timeoutMs: 30_000, description: 'training shows the mentor eligible again' });
    await waitFor(async () => (await inPool())?.paused === false, { timeoutMs: 30_000, description: 'the mentor back in matching’s pool' });
    const afterResume = dataOf(await platform.graphql<{ runMatchingRound: { id: string; proposals: Array<{ requestId: string; coachId: string }> } }>(ROUND_ID, { scope }, as.programme_lead.token))
      .runMatchingRound;
    expect(afterResume.proposals).toEqual(expect.arrayContaining([{ requestId, coachId: as.mentor.personId }]));

    // The relationship that follows reaches the supervisor's caseload through matching's real events.
    const { id } = dataOf(await platform.graphql<{ approveProposal: { id: string } }>(APPROVE, { roundId: afterResume.id, requestId }, as.programme_lead.token)).approveProposal;
    const today = londonNow().date;
    dataOf(await platform.graphql(CHEMISTRY, { id, on: today }, as.mentor.token));
    dataOf(await platform.graphql(CONFIRM, { id }, as.staff.token));
    dataOf(await platform.graphql(CONFIRM, { id }, as.mentor.token));
    dataOf(await platform.graphql(LOG_SESSION, { id, on: today }, as.mentor.token));
    const caseloadShows = async () =>
      dataOf(await platform.graphql<CaseloadsReply>(CASELOADS, {}, as.supervisor.token)).caseloads.find((caseload) => caseload.coachId === as.mentor.personId);
    await waitFor(async () => (await caseloadShows())?.active.some((relationship) => relationship.sessionsHeld === 1), {
      timeoutMs: 30_000,
      description: 'the active relationship and its session on the supervisor’s caseload',
    });
    const caseload = await caseloadShows();
    expect(caseload?.active.find((relationship) => relationship.sessionsHeld === 1)).toEqual(expect.objectContaining({ lastSessionOn: today, status: 'active' }));
    expect(JSON.stringify(caseload)).not.toContain(as.staff.personId);

    // An operator rebuilds the caseload read model from position 0 while the platform runs: the same caseload.
    const root = resolve(__dirname, '../../../..');
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'services/supervision/src/cli/rebuild.ts', 'supervision.caseload-facts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: platform.supervisionDatabaseUrl },
    });
    expect(stdout).toMatch(/Rebuilt supervision\.caseload-facts: \d+ events/);
    expect(await caseloadShows()).toEqual(caseload);
  });

  it('shows the analyst the programme’s figures through the gateway, suppressed: the new session is counted but never shown as 1', async () => {
    const today = londonNow().date;
    const monthStart = `${today.slice(0, 8)}01`;
    const scope = { organisationId: as.analyst.organisationId };
    const figuresOf = async (token: string, variables: Record<string, unknown>) => platform.graphql<FiguresReply>(FIGURES, variables, token);
    const sessionsHeld = async () =>
      dataOf(await figuresOf(as.analyst.token, { scope, from: monthStart, to: today, groupBy: [] })).programmeMetrics.rows[0]?.figures.find(
        (figure) => figure.name === 'sessionsHeld',
      );
    // Analytics hears of the session from matching's topic alone; a count of 1 is published as suppressed.
    await waitFor(async () => (await sessionsHeld())?.suppressed === true, { timeoutMs: 60_000, description: 'the session counted in analytics' });
    expect(await sessionsHeld()).toEqual({ name: 'sessionsHeld', kind: 'count', value: null, suppressed: true, reason: 'SMALL_COUNT' });

    const bySiteAndMonth = dataOf(await figuresOf(as.analyst.token, { scope, from: monthStart, to: today, groupBy: ['SITE', 'MONTH'] })).programmeMetrics;
    const shownCounts = bySiteAndMonth.rows.flatMap((row) => row.figures).filter((figure) => figure.kind === 'count' && figure.value !== null);
    expect(shownCounts.every((figure) => figure.value === 0 || ((figure.value ?? 0) >= 8 && (figure.value ?? 0) % 5 === 0))).toBe(true);
    expect(JSON.stringify(bySiteAndMonth)).not.toContain(as.staff.personId);

    const csv = dataOf(await platform.graphql<{ exportCsv: { csv: string } }>(EXPORT, { query: { table: 'PROGRAMME_METRICS', scope, from: monthStart, to: today } }, as.analyst.token))
      .exportCsv.csv;
    expect(csv.split('\r\n')[1]).toContain('[c]');

    const pack = dataOf(
      await platform.graphql<{ evidencePack: { html: string; pdfBase64: string } }>(EVIDENCE_PACK, { scope, year: Number(today.slice(0, 4)) }, as.analyst.token),
    ).evidencePack;
    for (const theme of ['Clarity of purpose', 'Selection and training of participants', 'Matching', 'Supervision and ethics', 'Review and measurement']) {
      expect(pack.html).toContain(theme);
    }
    expect(pack.html).not.toMatch(/null|NaN|undefined/);
    expect(Buffer.from(pack.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(errorCodes(await platform.graphql(EVIDENCE_PACK, { scope, year: 1999 }, as.analyst.token))).toEqual(['INVALID_PERIOD']);

    // A trial: the analyst tags a line manager's team and one person with arms; staff cannot run trials.
    const trialId = dataOf(await platform.graphql<{ defineTrial: string }>(DEFINE_TRIAL, { organisationId: scope.organisationId }, as.analyst.token)).defineTrial;
    const team = dataOf(await platform.graphql<{ assignTrialArm: number }>(ASSIGN_ARM, { trialId, arm: 'COACH', teamOf: as.line_manager.personId }, as.analyst.token));
    expect(team.assignTrialArm).toBeGreaterThan(0);
    expect(dataOf(await platform.graphql<{ assignTrialArm: number }>(ASSIGN_ARM, { trialId, arm: 'COACHBOT', people: [as.staff.personId] }, as.analyst.token)).assignTrialArm).toBe(1);
    expect(errorCodes(await platform.graphql(ASSIGN_ARM, { trialId, arm: 'NONE', people: ['00000000-0000-4000-8000-000000000000'] }, as.analyst.token))).toEqual(['UNKNOWN_PERSON']);
    expect(errorCodes(await platform.graphql(ASSIGN_ARM, { trialId, arm: 'NONE' }, as.analyst.token))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await platform.graphql(DEFINE_TRIAL, { organisationId: scope.organisationId }, as.staff.token))).toEqual(['FORBIDDEN']);
    const arms = dataOf(await platform.graphql<{ trialArms: { rows: Array<{ key: string[] }> } }>(TRIAL_ARMS, { scope, trialId }, as.analyst.token)).trialArms;
    expect(arms.rows.map((row) => row.key[0])).toEqual(['none', 'coachbot', 'coachbot_plus_coach', 'coach']);

    expect(errorCodes(await figuresOf(as.analyst.token, { scope, from: today, to: monthStart === today ? '2000-01-01' : monthStart }))).toEqual(['INVALID_PERIOD']);
    expect(errorCodes(await figuresOf(as.analyst.token, { scope: { organisationId: '00000000-0000-4000-8000-000000000000' }, from: monthStart, to: today }))).toEqual([
      'UNKNOWN_SCOPE',
    ]);
    expect(errorCodes(await figuresOf(as.staff.token, { scope, from: monthStart, to: today }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await figuresOf(as.supervisor.token, { scope, from: monthStart, to: today }))).toEqual(['FORBIDDEN']);
  });
});
