import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateMasterKey, masterKeyFromEnv } from './master-key';

/** The DomainError code `work` throws, or undefined when it does not throw. */
function codeThrownBy(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('the reflections master key', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reflections-key-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads 32 base64 bytes from the environment, and nothing when unset', () => {
    const key = randomBytes(32);
    expect(masterKeyFromEnv({ TAPESTRY_REFLECTIONS_MASTER_KEY: ` ${key.toString('base64')}\n` })?.equals(key)).toBe(true);
    expect(masterKeyFromEnv({})).toBeUndefined();
  });

  it('refuses a key of the wrong size or one that is not base64', () => {
    for (const value of [randomBytes(16).toString('base64'), 'not a key at all, just some words here!!', randomBytes(32).toString('hex')]) {
      expect(codeThrownBy(() => masterKeyFromEnv({ TAPESTRY_REFLECTIONS_MASTER_KEY: value }))).toBe('BAD_MASTER_KEY');
    }
  });

  it('creates a key file readable by its owner only, then keeps giving back the same key', async () => {
    const file = join(dir, 'keys', 'matching', 'reflections.key');
    const created = await loadOrCreateMasterKey(file);
    expect(created).toHaveLength(32);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await loadOrCreateMasterKey(file)).equals(created)).toBe(true);
    expect((await readFile(file, 'utf8')).trim()).toBe(created.toString('base64'));
  });

  it('agrees on one key when several processes create it at once', async () => {
    const file = join(dir, 'reflections.key');
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateMasterKey(file)));
    expect(new Set(keys.map((key) => key.toString('base64'))).size).toBe(1);
  });

  it('refuses a damaged key file rather than replacing it', async () => {
    const file = join(dir, 'reflections.key');
    await writeFile(file, 'truncated');
    await expect(loadOrCreateMasterKey(file)).rejects.toMatchObject({ code: 'BAD_MASTER_KEY' });
    expect(await readFile(file, 'utf8')).toBe('truncated');
  });
});
