import { resolve } from 'node:path';
import { runEvaluationScenario } from './run-evaluation-scenario';

const USAGE = `Plays the evaluation scenario of issue 6 against a running platform and prints its figures.

  npm run scenario:evaluation -- [gatewayUrl] [clockOffsetFile] [dataDir] [--scale N] [--seed N]

  gatewayUrl       default http://localhost:4000/graphql
  clockOffsetFile  the file the services were started with as TAPESTRY_CLOCK_OFFSET_FILE (default <dataDir>/clock-offset)
  dataDir          where demo-logins.json is (default .data)
  --scale N        1 is the evaluated programme (170 trained, 160 interested); 0.1 a tenth of it
  --seed N         the same seed plays the same year (default 2013)

The platform must be fresh (the scenario imports its staff once) and its services must read the offset file.`;

function parse(argv: string[]): { positional: string[]; scale: number; seed: number } {
  const positional: string[] = [];
  let scale = 1;
  let seed = 2013;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--scale' || arg === '--seed') {
      const value = Number(argv[index + 1]);
      if (!Number.isFinite(value)) throw new Error(`${arg} needs a number.\n\n${USAGE}`);
      if (arg === '--scale') scale = value;
      else seed = Math.trunc(value);
      index += 1;
    } else {
      positional.push(arg);
    }
  }
  return { positional, scale, seed };
}

async function main(): Promise<void> {
  const started = Date.now();
  const { positional, scale, seed } = parse(process.argv.slice(2));
  const dataDir = resolve(positional[2] ?? '.data');
  const result = await runEvaluationScenario({
    gatewayUrl: positional[0] ?? 'http://localhost:4000/graphql',
    clockOffsetFile: resolve(positional[1] ?? `${dataDir}/clock-offset`),
    dataDir,
    scale,
    seed,
    log: (line) => console.error(`[${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s] ${line}`),
  });
  console.log(result.report);
  console.error(`Done in ${result.seconds} s, ${result.calls} GraphQL calls.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
