import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DemoLogins } from '../demo-logins';
import { AnalyticsReader, type EvaluationFigures, type FigureTable } from './analytics-figures';
import { decideApprovals, interestWeeks, registerInterest, renewApprovals } from './approvals';
import { careerSubjects, moveCareers, type CareerSubject } from './careers';
import { pausesAndReturns, poolNow, setPreferences } from './coach-preferences';
import { GatewayClient, inBatches, waitUntil } from './gateway-client';
import { emptyLedger, type ScenarioLedger } from './ledger';
import { runRound } from './matching-rounds';
import { GRANT_SUPERVISOR, OPEN_REQUESTS } from './operations';
import { printEvaluation } from './print-tables';
import { progressRelationships } from './relationships';
import { emptyState, type Scenario, type SignedIn } from './scenario';
import { ScenarioClock } from './scenario-clock';
import { SCENARIO_WEEKS, scenarioCounts, type ScenarioCounts } from './scenario-shape';
import { SeededRandom } from './seeded-random';
import { signIn, signInEveryone } from './sign-ins';
import { importScenarioStaff, type ImportedTrust } from './staff-import';
import { arrangeSupervision, holdSupervisionGroups } from './supervision';
import { makeRequests, requestPlans, withdrawWaiting } from './support-requests';
import { holdTrainingDay, scheduleTraining } from './training-days';

export interface EvaluationScenarioOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  gatewayUrl: string;
  /** The file every service's clock reads its offset from (TAPESTRY_CLOCK_OFFSET_FILE); the scenario writes it. */
  clockOffsetFile: string;
  /** Where demo-logins.json is: the demo trust's admin, lead and analyst sign in from it. */
  dataDir: string;
  /** 1 plays the evaluated programme's size; 0.1 a tenth of it. */
  scale?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface EvaluationScenarioResult {
  ledger: ScenarioLedger;
  counts: ScenarioCounts;
  organisationId: string;
  /** What analytics published for the scenario's period by month before the scenario began (the demo seed's own). */
  baseline: FigureTable;
  figures: EvaluationFigures;
  /** The figures as printed. */
  report: string;
  calls: number;
  seconds: number;
}

const DEMO_SEED_WAIT_MS = 120_000;

async function demoLogin(api: GatewayClient, logins: DemoLogins, role: string): Promise<SignedIn | undefined> {
  const holder = logins.logins.find((login) => login.role === role);
  return holder ? signIn(api, holder.email, logins.password) : undefined;
}

/**
 * Plays the evaluated programme through the public API in the demo trust: a year and a month of weeks, each with
 * every service's clock moved to it, then waits for analytics and reads the programme figures and outcomes.
 * The demo's own seeding must have finished first (it runs on the real clock), so this waits for it.
 */
export async function runEvaluationScenario(options: EvaluationScenarioOptions): Promise<EvaluationScenarioResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const scale = options.scale ?? 1;
  const seed = options.seed ?? 2013;
  const counts = scenarioCounts(scale);
  const api = new GatewayClient(options.gatewayUrl);
  const logins = JSON.parse(await readFile(join(options.dataDir, 'demo-logins.json'), 'utf8')) as DemoLogins;
  const admin = await demoLogin(api, logins, 'organisation_admin');
  const lead = await demoLogin(api, logins, 'programme_lead');
  if (!admin || !lead) throw new Error('demo-logins.json names no organisation_admin or programme_lead: the scenario plays in the demo trust.');
  const analyst = (await demoLogin(api, logins, 'analyst')) ?? lead;
  const clock = new ScenarioClock(options.clockOffsetFile, SCENARIO_WEEKS);
  await clock.reset();

  log('Waiting for the demo seed (the pool and its open requests)...');
  const outsidePool = await waitUntil('the demo seed’s pool', async () => {
    const pool = await poolNow(api, lead.token);
    return pool.size > 0 ? pool : undefined;
  }, DEMO_SEED_WAIT_MS).catch(() => new Set<string>());
  const outsideRequesters = await waitUntil('the demo seed’s requests', async () => {
    const requesters = await openRequesters(api, lead.token);
    return requesters.length > 0 ? new Set(requesters) : undefined;
  }, DEMO_SEED_WAIT_MS).catch(() => new Set<string>());
  const reader = new AnalyticsReader(api, analyst.token, admin.organisationId);
  const launch = clock.dateOf(0);
  const today = clock.dateOf(SCENARIO_WEEKS);

  // Identity keeps the real clock, so the staff can come in while analytics settles on the demo's own figures.
  const bringInStaff = async (): Promise<{ trust: ImportedTrust; tokens: Map<string, string> }> => {
    log(`Importing ${Object.values<number>({ ...counts }).reduce((sum, count) => sum + count, 0)} staff into the demo trust (launch ${launch})...`);
    const trust = await importScenarioStaff(api, admin.organisationId, admin.token, counts, launch, seed);
    const supervisors = trust.cast.filter((member) => member.role === 'supervisor');
    await inBatches(supervisors, (member) => api.call(GRANT_SUPERVISOR, { personId: member.personId, organisationId: admin.organisationId }, admin.token));
    const deciding = new Set(trust.cast.filter((member) => member.role !== 'comparison').map((member) => member.managerNumber));
    const acting = trust.cast.filter((member) => (member.role === 'manager' ? deciding.has(member.employeeNumber) : member.role !== 'comparison'));
    log(`Signing in ${acting.length} people (a password each, then a login)...`);
    return { trust, tokens: await signInEveryone(api, admin.token, acting, logins.password) };
  };
  const [baseline, { trust, tokens }] = await Promise.all([reader.waitUntilSettled(launch, today), bringInStaff()]);

  const ledger = emptyLedger(launch, today, scale, seed);
  const scenario: Scenario = {
    api,
    clock,
    random: new SeededRandom(seed),
    ledger,
    counts,
    organisationId: admin.organisationId,
    cast: trust.cast,
    byId: new Map(trust.cast.map((member) => [member.personId, member])),
    tokens,
    lead,
    admin,
    analyst,
    state: { ...emptyState(), outsideCoaches: outsidePool },
    log,
  };
  const protectedPeople = { emails: new Set(logins.logins.map((login) => login.email)), requesters: outsideRequesters };
  try {
    await play(scenario, careerSubjects(scenario, trust.existing, trust.sites, protectedPeople), trust.sites.map((site) => site.id));
  } finally {
    await clock.reset();
  }
  log('Waiting for analytics to catch up...');
  const figures = await reader.evaluationFigures(launch, today);
  const report = printEvaluation(ledger, counts, figures);
  return { ledger, counts, organisationId: admin.organisationId, baseline, figures, report, calls: api.calls, seconds: Math.round((Date.now() - started) / 1000) };
}

async function openRequesters(api: GatewayClient, token: string): Promise<string[]> {
  return (await api.call<{ openRequests: { requesterId: string }[] }>(OPEN_REQUESTS, {}, token)).openRequests.map((request) => request.requesterId);
}

/** The weeks, in order; within a week, answers to last week first, then this week's new business. */
async function play(s: Scenario, subjects: CareerSubject[], siteIds: string[]): Promise<void> {
  const interest = interestWeeks(s);
  const requests = requestPlans(s);
  const pauseWeek = Math.round(s.clock.weeks * 0.4);
  for (let week = 0; week <= s.clock.weeks; week += 1) {
    await s.clock.moveTo(week);
    if (week === 0) await scheduleTraining(s);
    await decideApprovals(s);
    await holdTrainingDay(s, week);
    await renewApprovals(s);
    await registerInterest(s, interest);
    await setPreferences(s);
    await pausesAndReturns(s, pauseWeek);
    await arrangeSupervision(s);
    await holdSupervisionGroups(s);
    await progressRelationships(s);
    await withdrawWaiting(s, requests);
    await makeRequests(s, requests);
    await moveCareers(s, subjects, siteIds);
    await runRound(s);
    if (week % 4 === 0 || week === s.clock.weeks) {
      const active = [...s.state.pairs.values()].filter((pair) => pair.status === 'active').length;
      s.log(`  week ${week} (${s.clock.today}): ${s.ledger.trained.length} trained, ${s.state.openRequests.size} waiting, ${active} active, ${s.ledger.sessions.length} sessions, ${s.ledger.leavers.length} leavers`);
    }
  }
}
