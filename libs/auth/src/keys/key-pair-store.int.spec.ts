import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyPairPaths, loadOrCreateKeyPair } from './key-pair-store';

describe('loadOrCreateKeyPair', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tapestry-keys-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the pair once and loads the same one after a restart', async () => {
    const keysDir = join(dir, 'nested', 'keys');
    const created = await loadOrCreateKeyPair(keysDir, 'identity');
    const reloaded = await loadOrCreateKeyPair(keysDir, 'identity');
    expect(reloaded.kid).toBe(created.kid);
    expect(reloaded.privateKey.equals(created.privateKey)).toBe(true);
  });

  it('keeps the files readable by their owner only, and the public JWK beside the private key', async () => {
    const pair = await loadOrCreateKeyPair(dir, 'gateway');
    const paths = keyPairPaths(dir, 'gateway');
    expect((await stat(paths.privateKeyPem)).mode & 0o777).toBe(0o600);
    expect((await stat(paths.publicKeyJwk)).mode & 0o777).toBe(0o600);
    const jwk = JSON.parse(await readFile(paths.publicKeyJwk, 'utf8')) as Record<string, unknown>;
    expect(jwk).toMatchObject({ kid: pair.kid, alg: 'RS256', kty: 'RSA' });
    expect(jwk).not.toHaveProperty('d');
  });

  it('keeps names apart', async () => {
    const [a, b] = await Promise.all([loadOrCreateKeyPair(dir, 'a'), loadOrCreateKeyPair(dir, 'b')]);
    expect(a.kid).not.toBe(b.kid);
  });

  it('gives concurrent first callers one and the same key', async () => {
    const pairs = await Promise.all([1, 2, 3, 4].map(() => loadOrCreateKeyPair(dir, 'contended')));
    expect(new Set(pairs.map((p) => p.kid)).size).toBe(1);
    expect((await loadOrCreateKeyPair(dir, 'contended')).kid).toBe(pairs[0].kid);
  });
});
