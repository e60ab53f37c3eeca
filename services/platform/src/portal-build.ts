import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sourcesOf = (portal: string): string[] => [join(portal, 'index.html'), join(portal, 'vite.config.ts'), ...filesUnder(join(portal, 'src'))];

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The built portal's folder, building it first (with Vite, a few seconds) when it is missing or
 * older than any of its sources, so that `npm start` and the end-to-end tests never serve a stale one.
 */
export function ensurePortalBuilt(root: string): string {
  const portal = join(root, 'services', 'portal');
  const dist = join(portal, 'dist');
  const built = join(dist, 'index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (sourcesOf(portal).some((file) => statSync(file).mtimeMs > builtAt)) {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    // Always the production build, whatever the caller runs under (Jest sets NODE_ENV=test, which would bundle React's development build).
    const env = { ...process.env, NODE_ENV: 'production' };
    const result = spawnSync(process.execPath, [vite, 'build', '--config', join(portal, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env });
    if (result.status !== 0) throw new Error('The web portal did not build (see the Vite output above); `npm run build` shows the same.');
  }
  return dist;
}
