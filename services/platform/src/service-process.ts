import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export interface ServiceProcessOptions {
  /** Where each line of the service's output goes; by default the terminal, prefixed with the service's name. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

const toTerminal =
  (name: string) =>
  (line: string, stream: 'stdout' | 'stderr'): void => {
    (stream === 'stdout' ? process.stdout : process.stderr).write(`[${name}] ${line}\n`);
  };

/** Runs one service's main.ts as its own process. */
export function startServiceProcess(root: string, name: string, env: Record<string, string>, options: ServiceProcessOptions = {}): ServiceProcess {
  const preload = ['-r', join(root, 'scripts', 'exit-with-parent.js'), '-r', '@swc-node/register'];
  const child = spawn(process.execPath, [...preload, join(root, 'services', name, 'src', 'main.ts')], {
    cwd: root,
    env: { ...process.env, ...env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onLine = options.onLine ?? toTerminal(name);
  const relay = (stream: NodeJS.ReadableStream | null, kind: 'stdout' | 'stderr') => {
    let pending = '';
    stream?.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line, kind);
    });
  };
  relay(child.stdout, 'stdout');
  relay(child.stderr, 'stderr');
  return {
    name,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Resolves when `url` answers 200, rejects if the process dies first or time runs out. */
export async function waitUntilHealthy(service: ServiceProcess, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(`${service.name} exited with code ${service.child.exitCode} while starting (see its log above)`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service.name} did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}
