import { Pool } from 'pg';
import { runRebuildCli } from '@tapestry/eventsourcing';
import { IDENTITY_PROJECTIONS } from '../read-model/identity-projections';

/**
 * `npm run rebuild:identity -- <projection>|--all`: replays identity's read models from position 0 with a progress bar.
 * DATABASE_URL names identity's database (for the embedded platform: postgres://postgres:tapestry@127.0.0.1:54329/tapestry_identity).
 */
async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stdout.write('Set DATABASE_URL to identity\'s database, e.g. postgres://postgres:tapestry@127.0.0.1:54329/tapestry_identity\n');
    return 2;
  }
  const pool = new Pool({ connectionString: url });
  try {
    return await runRebuildCli({ pool, projections: IDENTITY_PROJECTIONS, argv: process.argv.slice(2), stdout: process.stdout });
  } finally {
    await pool.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
