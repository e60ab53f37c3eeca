import { fork } from 'node:child_process';
import { runRoundDetailed } from '../../services/matching/src/optimiser/run-round';
import { loadHighs } from '../../services/matching/src/optimiser/transport-lp';
import { formatNumber, ratio, table } from '../eventstore/stats';
import { fullGraph } from './full-graph';
import { greedyTotal } from './greedy';
import { bestPairBound, dualBound, exactOptimum, requestPricedBound } from './optimality';
import { trustRound } from './trust';

/** coaches x requests, capacity 2 each (as the programme allows). */
const DEFAULT_SIZES = '200x300,2000x3000,5000x10000';
const SEED = Number(process.env.BENCH_SEED ?? 20250602);
const PROOF_TOLERANCE = 1e-6;

const log = (message: string): void => void process.stderr.write(`${message}\n`);

interface SizeMeasurement {
  size: string;
  candidatePairs: number;
  lpColumns: number;
  lpPasses: number;
  pruned: boolean;
  solveMs: number;
  timingsMs: Record<string, number>;
  rssBeforeMb: number;
  peakRssMb: number;
  matched: number;
  requests: number;
  total: number;
  optimum: number;
  optimumHow: string;
  dualBound: number;
  bestPairBound: number;
  greedyTotal: number;
  greedyMatched: number;
  greedyMs: number;
}

const mb = (bytes: number): number => bytes / 1024 / 1024;

/** One size per child process, so each peak RSS belongs to that size alone. */
async function measureSize(size: string): Promise<SizeMeasurement> {
  const [coachCount, requestCount] = size.split('x').map(Number);
  await loadHighs();
  const input = trustRound(SEED, coachCount, requestCount);
  const rssBefore = process.memoryUsage().rss;
  log(`${size}: solving`);
  const started = performance.now();
  const { result, diagnostics } = await runRoundDetailed(input);
  const solveMs = performance.now() - started;
  const peakRss = process.resourceUsage().maxRSS * 1024;

  const graph = fullGraph(diagnostics.round, diagnostics.solverCoaches);
  log(`${size}: greedy baseline`);
  const greedyStarted = performance.now();
  const greedy = greedyTotal(graph);
  const greedyMs = performance.now() - greedyStarted;
  log(`${size}: bounds`);
  const bound = Math.min(dualBound(graph, diagnostics.solution.coachDuals), requestPricedBound(graph, diagnostics.solution.requestDuals));
  if (bound < diagnostics.objective - PROOF_TOLERANCE) throw new Error(`dual bound ${bound} below the objective ${diagnostics.objective}: dual signs misread`);
  let optimum = diagnostics.objective;
  let optimumHow = diagnostics.pruned ? 'dual bound met: pruning lost nothing' : 'exact LP on every allowed pair';
  if (bound - diagnostics.objective > PROOF_TOLERANCE) {
    log(`${size}: dual bound ${bound.toFixed(4)} above ${diagnostics.objective.toFixed(4)}: column generation on the whole graph`);
    const { candidates } = diagnostics;
    const exact = await exactOptimum(
      graph,
      { request: [...candidates.request], coach: [...candidates.coach], value: [...candidates.value] },
      log,
    );
    optimum = exact.objective;
    optimumHow = `column generation, ${exact.iterations} LP solves, ${exact.columns} columns`;
  }
  return {
    size,
    candidatePairs: diagnostics.candidatePairs,
    lpColumns: diagnostics.lpColumns,
    lpPasses: diagnostics.lpPasses,
    pruned: diagnostics.pruned,
    solveMs,
    timingsMs: diagnostics.timingsMs,
    rssBeforeMb: mb(rssBefore),
    peakRssMb: mb(peakRss),
    matched: result.proposals.length,
    requests: requestCount,
    total: diagnostics.objective,
    optimum,
    optimumHow,
    dualBound: bound,
    bestPairBound: bestPairBound(graph),
    greedyTotal: greedy.total,
    greedyMatched: greedy.matched,
    greedyMs,
  };
}

function runChild(size: string): Promise<SizeMeasurement> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [size], { execArgv: ['-r', '@swc-node/register'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    child.on('message', (message) => resolve(message as SizeMeasurement));
    child.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`${size}: child exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? DEFAULT_SIZES).split(',');
  const results: SizeMeasurement[] = [];
  for (const size of sizes) results.push(await runChild(size));
  const rows = results.map((r) => [
    r.size,
    `${r.candidatePairs}${r.pruned ? ' (pruned)' : ' (all)'}`,
    `${r.lpColumns} / ${r.lpPasses}`,
    formatNumber(r.solveMs),
    `${formatNumber(r.timingsMs.prepare)}/${formatNumber(r.timingsMs.candidates)}/${formatNumber(r.timingsMs.solve)}/${formatNumber(r.timingsMs.assemble)}`,
    `${formatNumber(r.rssBeforeMb)} -> ${formatNumber(r.peakRssMb)}`,
    `${r.matched}/${r.requests}`,
    formatNumber(r.total, 3),
    formatNumber(r.optimum, 3),
    (r.total / r.optimum).toFixed(6),
    formatNumber(r.greedyTotal, 3),
    `${r.greedyMatched}`,
    ratio(r.total, r.greedyTotal),
  ]);
  process.stdout.write(
    `${table(
      ['coaches x requests', 'candidate pairs', 'LP columns / passes', 'solve ms', 'prep/cand/LP/out ms', 'RSS MB (before -> peak)', 'matched', 'total', 'optimum', 'vs optimum', 'greedy', 'greedy matched', 'vs greedy'],
      rows,
    )}\n\n`,
  );
  for (const r of results) {
    process.stdout.write(
      `${r.size}: optimum by ${r.optimumHow}; LP dual bound ${formatNumber(r.dualBound, 3)}; best-pair bound ${formatNumber(r.bestPairBound, 3)}; greedy took ${formatNumber(r.greedyMs)} ms\n`,
    );
  }
}

if (process.argv[2]) {
  measureSize(process.argv[2]).then(
    (measurement) => process.send?.(measurement, () => process.exit(0)),
    (error: unknown) => {
      log(String(error instanceof Error ? error.stack : error));
      process.exit(1);
    },
  );
} else {
  main().catch((error: unknown) => {
    log(String(error instanceof Error ? error.stack : error));
    process.exitCode = 1;
  });
}
