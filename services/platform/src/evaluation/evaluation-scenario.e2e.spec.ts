/**
 * @jest-environment <rootDir>/services/platform/src/testing/e2e-environment.ts
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkaBrokers } from '@tapestry/testing';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';
import type { FigureTable, PublishedFigure } from './analytics-figures';
import { readRawFigures, type RawFigure, type RawFigures } from './analytics-raw-figures';
import { EXPECTED_KINDS, expectedByMonth, expectedParticipants, type ExpectedFigure, type OutcomeRole } from './expected-figures';
import { expectedForPeriod } from './expected-period';
import { runEvaluationScenario, type EvaluationScenarioResult } from './run-evaluation-scenario';
import { EVALUATED_PROGRAMME } from './scenario-shape';

jest.setTimeout(240_000);

/** Issue 6's disclosure rule, from its text: 1 to 7 suppressed, other counts to the nearest 5; rates on fewer than 8 withheld. */
function disclosed(figure: ExpectedFigure): { value: number | null; suppressed: boolean } {
  if (figure.kind === 'count') {
    if (figure.value === 0) return { value: 0, suppressed: false };
    return figure.value <= 7 ? { value: null, suppressed: true } : { value: Math.round(figure.value / 5) * 5, suppressed: false };
  }
  return figure.base < 8 ? { value: null, suppressed: true } : { value: Math.round((100 * figure.numerator) / figure.base), suppressed: false };
}

const figureIn = (table: FigureTable, key: string, name: string): PublishedFigure | undefined =>
  table.rows.find((row) => row.key[0] === key)?.figures.find((figure) => figure.name === name);

/** Whether the demo's own seed (on the real clock, before the scenario) put anything behind this figure. */
function demoTouched(baseline: FigureTable, month: string, name: string): boolean {
  const figure = figureIn(baseline, month, name);
  if (!figure) return false;
  return figure.kind === 'count' ? figure.value !== 0 : figure.base !== 0;
}

/** The figure analytics would have for a cell it has no row for: nothing happened. */
const nothing = (kind: ExpectedFigure['kind']): ExpectedFigure => (kind === 'count' ? { kind, value: 0 } : { kind, numerator: 0, base: 0 });

/** Exact equality of a raw figure with the ledger's: the count, or the rate's numerator and base; a mismatch said in words. */
function exactMismatch(cell: string, raw: RawFigure | undefined, expected: ExpectedFigure): string | null {
  const got = raw ?? nothing(expected.kind);
  const same =
    got.kind === 'count'
      ? expected.kind === 'count' && got.value === expected.value
      : got.kind === 'rate' && expected.kind === 'rate' && got.numerator === expected.numerator && got.base === expected.base;
  return same ? null : `${cell}: analytics has ${JSON.stringify(got)}, the scenario's ledger ${JSON.stringify(expected)}`;
}

const isNonZero = (figure: ExpectedFigure): boolean => (figure.kind === 'count' ? figure.value !== 0 : figure.base !== 0);

/** Secondary suppression hides a cell that could be worked out from others: any value may be behind it. */
const hiddenAgainstDifferencing = (figure: PublishedFigure): boolean => figure.reason === 'SECONDARY' || figure.reason === 'BREAKDOWN_WITHHELD';

describe('the evaluation scenario (issue 6, item 8), a tenth of the evaluated programme', () => {
  let platform: TestPlatform;
  let clockDir: string;
  let result: EvaluationScenarioResult;

  beforeAll(async () => {
    clockDir = await mkdtemp(join(tmpdir(), 'tapestry-scenario-clock-'));
    const clockOffsetFile = join(clockDir, 'offset');
    // Over a real Kafka broker, as the services run distributed: every figure reaches analytics through the topics.
    platform = await startTestPlatform({ clockOffsetFile, transport: 'kafka', kafkaBrokers: kafkaBrokers() });
    result = await runEvaluationScenario({ gatewayUrl: platform.gatewayUrl, clockOffsetFile, dataDir: platform.dataDir, scale: 0.1 });
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
    await rm(clockDir, { recursive: true, force: true });
  });

  it('plays the programme’s shape through the API and leaves every service on the real clock', async () => {
    const { ledger, counts } = result;
    expect(ledger.trained).toHaveLength(counts.coaches + counts.mentors);
    expect(ledger.interest).toHaveLength(counts.interest);
    expect(ledger.sessions.every((session) => session.minutes <= EVALUATED_PROGRAMME.sessionCapMinutes)).toBe(true);
    expect(ledger.activations.length).toBeGreaterThan(0);
    expect(ledger.closures.length).toBeGreaterThan(0);
    expect(Number((await readFile(join(clockDir, 'offset'), 'utf8')).trim())).toBe(0);
  });

  it('publishes, month by month, what the scenario did: its own counts after disclosure control', () => {
    const { ledger, baseline, figures } = result;
    let compared = 0;
    const mismatches: string[] = [];
    for (const [month, expected] of expectedByMonth(ledger, EVALUATED_PROGRAMME.sessionCapMinutes)) {
      for (const [name, raw] of expected) {
        if (demoTouched(baseline, month, name)) continue;
        const shown = figureIn(figures.programmeByMonth, month, name);
        const want = disclosed(raw);
        if (!shown) {
          // A month analytics has no row for had nothing in it.
          if (want.value !== 0 && !(raw.kind === 'rate' && raw.base === 0)) mismatches.push(`${month} ${name}: no row, expected ${JSON.stringify(raw)}`);
          continue;
        }
        if (hiddenAgainstDifferencing(shown)) continue;
        compared += 1;
        if (shown.value !== want.value || shown.suppressed !== want.suppressed) {
          mismatches.push(`${month} ${name}: published ${shown.value ?? shown.reason}, the scenario's ${JSON.stringify(raw)} gives ${want.value ?? 'suppressed'}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });

  it('publishes the whole year’s relationships and sessions as the scenario counted them', () => {
    const { ledger, figures } = result;
    const declined = new Set(ledger.declines.map((decline) => decline.relationshipId));
    const year: Record<string, number> = {
      introductions: ledger.introductions.length,
      relationshipsHeld: ledger.introductions.filter((introduction) => !declined.has(introduction.relationshipId)).length,
      relationshipsClosed: ledger.closures.length,
      sessionsHeld: ledger.sessions.length,
      sessionsCancelled: ledger.cancellations.length,
    };
    const shown = Object.fromEntries(Object.keys(year).map((name) => [name, figures.programme.rows[0]?.figures.find((figure) => figure.name === name)?.value]));
    expect(shown).toEqual(Object.fromEntries(Object.entries(year).map(([name, value]) => [name, disclosed({ kind: 'count', value }).value])));
  });

  it.each([
    ['6', 'outcomes6'],
    ['12', 'outcomes12'],
  ] as const)('compares the participants who started in the cohort at %s months, by role, as many as the scenario started', (_horizon, which) => {
    const { table, cohort } = result.figures[which];
    const expected = expectedParticipants(result.ledger, cohort);
    for (const role of ['all', 'coachee', 'mentee', 'coach', 'mentor'] as OutcomeRole[]) {
      const shown = figureIn(table, role, 'participants');
      if (!shown) {
        expect({ role, participants: expected[role] }).toEqual({ role, participants: 0 });
        continue;
      }
      if (hiddenAgainstDifferencing(shown)) continue;
      expect({ role, value: shown.value, suppressed: shown.suppressed }).toEqual({ role, ...disclosed({ kind: 'count', value: expected[role] }) });
    }
  });

  /**
   * Issue 6 asks for exact figures before suppression too. Analytics computes them with its own code (run as a
   * process: the launcher may not import a service) on the database this platform fed over Kafka.
   *
   * The demo's seed (identity, training and matching, on the real clock before the scenario) adds its own training
   * and requests to the demo trust, so to the period's last month. A cell is compared only
   * where the baseline the scenario read before it began (the same figures, published) shows nothing: a published
   * count or base is 0 exactly when the raw one is (1 to 7 are withheld, the rest rounded to at least 10), and a
   * cell withheld for any reason is taken as touched. (A raw baseline, subtracted, would let those cells be compared
   * too, but the one moment between the demo seed settling and the clock moving is inside runEvaluationScenario.)
   * Any pair the demo makes begins on the real today, after every outcome cohort has closed, so participants are
   * compared in full, as the published ones are above.
   */
  describe('before disclosure control, inside analytics', () => {
    let raw: RawFigures;

    beforeAll(async () => {
      const { figures, organisationId, ledger } = result;
      raw = await readRawFigures(platform.analyticsDatabaseUrl, {
        organisationId,
        period: figures.period,
        outcomes: [
          { cohort: figures.outcomes6.cohort, horizonMonths: 6 },
          { cohort: figures.outcomes12.cohort, horizonMonths: 12 },
        ],
        asOf: ledger.today,
      });
    }, 120_000);

    it('counts every month exactly as the scenario did: each count, and each rate’s numerator and base', () => {
      const { ledger, baseline } = result;
      const mismatches: string[] = [];
      let compared = 0;
      let nonZero = 0;
      for (const [month, expected] of expectedByMonth(ledger, EVALUATED_PROGRAMME.sessionCapMinutes)) {
        const row = raw.programmeByMonth.rows.find((candidate) => candidate.key[0] === month);
        for (const [name, want] of expected) {
          if (demoTouched(baseline, month, name)) continue;
          compared += 1;
          if (isNonZero(want)) nonZero += 1;
          const mismatch = exactMismatch(`${month} ${name}`, row?.figures[name], want);
          if (mismatch) mismatches.push(mismatch);
        }
      }
      expect(mismatches).toEqual([]);
      // 15 months of 16 figures: the demo touches a few of the last month's (its requests and training). Many cells
      // are rightly 0 (most closure reasons in most months); a good share must not be, or little is being compared.
      expect(compared).toBeGreaterThanOrEqual(200);
      expect(nonZero).toBeGreaterThanOrEqual(80);
    });

    it('counts the whole period exactly as the scenario did, wherever the demo added nothing in any month', () => {
      const { ledger, baseline } = result;
      const months = [...expectedByMonth(ledger, EVALUATED_PROGRAMME.sessionCapMinutes).keys()];
      const figures = raw.programme.rows[0]?.figures ?? {};
      const untouched = Object.keys(EXPECTED_KINDS).filter((name) => months.every((month) => !demoTouched(baseline, month, name)));
      const mismatches = [...expectedForPeriod(ledger, EVALUATED_PROGRAMME.sessionCapMinutes)]
        .filter(([name]) => untouched.includes(name))
        .map(([name, want]) => exactMismatch(`period ${name}`, figures[name], want))
        .filter((mismatch) => mismatch !== null);
      expect(mismatches).toEqual([]);
      // Of the 16, the demo's requests and training leave out only those two.
      expect(untouched.length).toBeGreaterThanOrEqual(10);
    });

    it.each([
      [6, 0, 'outcomes6'],
      [12, 1, 'outcomes12'],
    ] as const)('counts the participants who started in the cohort at %i months, by role, exactly', (_horizon, index, which) => {
      const table = raw.outcomes[index];
      const expected = expectedParticipants(result.ledger, result.figures[which].cohort);
      // The scenario plays one programme, so each role has one row (keyed role, programme) or none.
      const participants = (role: OutcomeRole): RawFigure | undefined => table.rows.find((row) => row.key[0] === role)?.figures.participants;
      const roles: OutcomeRole[] = ['all', 'coachee', 'mentee', 'coach', 'mentor'];
      expect(new Set(table.rows.map((row) => row.key[1]).filter((programme) => programme !== '')).size).toBeLessThanOrEqual(1);
      const want = Object.fromEntries(roles.map((role) => [role, { kind: 'count', value: expected[role] }]));
      expect(Object.fromEntries(roles.map((role) => [role, participants(role) ?? nothing('count')]))).toEqual(want);
      expect(expected.all).toBeGreaterThan(0);
    });
  });

  it('prints the figures as tables', () => {
    for (const heading of ['What the scenario did', 'Programme figures by month', 'Outcomes at 6 months', 'Outcomes at 12 months']) {
      expect(result.report).toContain(heading);
    }
  });
});
