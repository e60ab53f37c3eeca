import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

jest.setTimeout(120_000);

const repositoryRoot = resolve(__dirname, '../../../..');
const checkedIn = resolve(__dirname, '../gen');

function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

describe('generated contracts', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'tapestry-proto-'));
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('match what `npm run proto` generates from proto/ (run it and commit the result when this fails)', () => {
    execFileSync('node', [join(repositoryRoot, 'scripts/proto.js'), '--out', scratch], { cwd: repositoryRoot, stdio: 'pipe' });

    const fresh = filesUnder(join(scratch, 'libs/contracts/src/gen'));
    const committed = filesUnder(checkedIn);

    expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [file, content] of fresh) {
      expect({ file, content: committed.get(file) }).toEqual({ file, content });
    }
  });
});
