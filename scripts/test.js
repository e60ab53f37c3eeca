#!/usr/bin/env node
// The whole suite, in the order that fails fastest: lint, types, unit, then the tiers that start real
// PostgreSQL and Kafka. Ends with one plain "N passed, N failed" line summed over every Jest tier.
const { spawnSync } = require('node:child_process');
const { existsSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: process.env.CI ? '0' : '1' };
const reports = mkdtempSync(join(tmpdir(), 'tapestry-test-'));
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  console.log(`=== ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

const jestTiers = [
  ['unit', ['--selectProjects', 'unit', '--maxWorkers=2']],
  ['int', ['--selectProjects', 'int', '--runInBand']],
  ['e2e', ['--selectProjects', 'e2e', '--runInBand', '--passWithNoTests']],
];

let ok = true;
ok = run('project graph', bin('nx'), ['show', 'projects']) && ok;
ok = run('lint', bin('eslint'), ['.', '--max-warnings=0']) && ok;
ok = run('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) && ok;
ok = run('typecheck portal', bin('tsc'), ['-p', 'services/portal/tsconfig.json']) && ok;
ok = run('proto lint', bin('buf'), ['lint']) && ok;

// The portal's end-to-end tests drive Debian's Chromium; say how to get it rather than fail deep inside a test.
const chromium = process.env.TAPESTRY_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(`\n=== The portal's end-to-end tests need Chromium at ${chromium}: sudo apt-get install chromium (or set TAPESTRY_CHROMIUM).`);
  ok = false;
}

let passed = 0;
let failed = 0;
for (const [tier, args] of jestTiers) {
  const outputFile = join(reports, `${tier}.json`);
  ok = run(`${tier} tests`, bin('jest'), [...args, '--json', `--outputFile=${outputFile}`]) && ok;
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  } catch {
    failed += 1;
    console.log(`=== ${tier} tests: no report was written`);
  }
}
rmSync(reports, { recursive: true, force: true });

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
