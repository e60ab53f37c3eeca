import { SingleBar } from 'cli-progress';
import type { Pool } from 'pg';
import { PostgresEventStore } from '../store/postgres-event-store';
import type { Projection } from '../projections/projection';
import { rebuildProjection } from '../projections/rebuild';
import { parseRebuildArgs, REBUILD_USAGE } from './rebuild-args';

export interface RebuildCliOptions {
  pool: Pool;
  projections: readonly Projection[];
  /** Arguments after the script name. */
  argv: readonly string[];
  stdout: NodeJS.WritableStream;
}

/**
 * A service's `rebuild` command: replays the named projections from position 0 with a progress bar. Returns the exit
 * code (0 done, 1 a rebuild failed, 2 bad arguments).
 */
export async function runRebuildCli({ pool, projections, argv, stdout }: RebuildCliOptions): Promise<number> {
  const command = parseRebuildArgs(
    argv,
    projections.map((projection) => projection.name),
  );
  if (command.kind === 'help') {
    stdout.write(`${REBUILD_USAGE}\n`);
    return 0;
  }
  if (command.kind === 'error') {
    stdout.write(`${command.message}\n`);
    return 2;
  }
  const store = new PostgresEventStore(pool, { notifyChannel: null });
  const total = await store.countEvents();
  for (const name of command.names) {
    const projection = projections.find((candidate) => candidate.name === name) as Projection;
    const bar = new SingleBar({
      stream: stdout,
      format: `${name} [{bar}] {percentage}% | {value}/{total} events | {speed} events/s | ETA {eta_formatted}`,
      noTTYOutput: true,
      notTTYSchedule: 1000,
    });
    const started = Date.now();
    const speed = (processed: number): number => Math.round((processed * 1000) / Math.max(1, Date.now() - started));
    bar.start(total, 0, { speed: 0 });
    try {
      const { processed } = await rebuildProjection(pool, store, projection, {
        // Events appended while counting or rebuilding are replayed too, so the total may grow.
        onProgress: (progress) => {
          if (progress.processed > bar.getTotal()) bar.setTotal(progress.processed);
          bar.update(progress.processed, { speed: speed(progress.processed) });
        },
      });
      bar.stop();
      stdout.write(`Rebuilt ${name}: ${processed} events in ${((Date.now() - started) / 1000).toFixed(1)} s (${speed(processed)} events/s)\n`);
    } catch (error) {
      bar.stop();
      stdout.write(`Rebuilding ${name} failed, its read model is unchanged: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  return 0;
}
