import { Pool } from 'pg';
import type { ReadModelProjection } from '../service/read-model-projection';
import { runRebuildCli } from './rebuild';

/**
 * The body of a service's `npm run rebuild:<service> -- <projection>|--all`: replays the named read models from
 * position 0 of the database DATABASE_URL names, with a progress bar, and exits with the CLI's code.
 */
export function rebuildMain(service: string, projections: readonly ReadModelProjection[]): void {
  const run = async (): Promise<number> => {
    const url = process.env.DATABASE_URL;
    if (!url) {
      process.stdout.write(`Set DATABASE_URL to ${service}'s database, e.g. postgres://postgres:tapestry@127.0.0.1:54329/tapestry_${service}\n`);
      return 2;
    }
    const pool = new Pool({ connectionString: url });
    try {
      return await runRebuildCli({ pool, projections, argv: process.argv.slice(2), stdout: process.stdout });
    } finally {
      await pool.end();
    }
  };
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
