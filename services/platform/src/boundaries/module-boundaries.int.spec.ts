import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(__dirname, '../../../..');

/** Lints one probe file with the repository's real ESLint config, then removes it. */
async function lintProbe(relativePath: string, source: string): Promise<{ failed: boolean; output: string }> {
  const path = join(root, relativePath);
  await writeFile(path, source);
  try {
    await run(join(root, 'node_modules/.bin/eslint'), ['--no-warn-ignored', relativePath], { cwd: root, env: { ...process.env, NX_DAEMON: 'false' } });
    return { failed: false, output: '' };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr };
  } finally {
    await rm(path, { force: true });
  }
}

describe('module boundaries (Nx tags, enforced by lint)', () => {
  beforeAll(async () => {
    // The boundary rule reads Nx's project graph; without it the rule would skip silently.
    await run(join(root, 'node_modules/.bin/nx'), ['show', 'projects'], { cwd: root, env: { ...process.env, NX_DAEMON: 'false' } });
  }, 120_000);

  it('fails lint when a service imports another service', async () => {
    const result = await lintProbe(
      'services/identity/src/boundary-probe.ts',
      "import { createGateway } from '@tapestry/gateway';\nexport const probe = typeof createGateway;\n",
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('@nx/enforce-module-boundaries');
  }, 120_000);

  it('fails lint when a library imports a service', async () => {
    const result = await lintProbe(
      'libs/messaging/src/boundary-probe.ts',
      "import { IdentityModule } from '@tapestry/identity';\nexport const probe = typeof IdentityModule;\n",
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('@nx/enforce-module-boundaries');
  }, 120_000);

  it('passes lint when a service imports a library', async () => {
    const result = await lintProbe(
      'services/identity/src/boundary-probe.ts',
      "import { DomainError } from '@tapestry/eventsourcing';\nexport const probe = typeof DomainError;\n",
    );
    expect(result.output).toBe('');
    expect(result.failed).toBe(false);
  }, 120_000);
});
