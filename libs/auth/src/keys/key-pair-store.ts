import { createPrivateKey, createPublicKey, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSigningKeyPair, keyIdOf, type SigningKeyPair } from './signing-key-pair';
import { publicJwkOf } from './jwks';

const OWNER_ONLY = 0o600;

/** Where `loadOrCreateKeyPair(dir, name)` keeps a key pair. */
export function keyPairPaths(dir: string, name: string): { privateKeyPem: string; publicKeyJwk: string } {
  return {
    privateKeyPem: join(dir, `${name}.private.pem`),
    publicKeyJwk: join(dir, `${name}.public.jwk.json`),
  };
}

/**
 * Loads the key pair `name` from `dir`, creating and persisting it on first use, so tokens signed
 * before a restart still verify after it. The private key is the source of truth; the public JWK
 * beside it is for operators and verifiers that read files.
 */
export async function loadOrCreateKeyPair(dir: string, name: string): Promise<SigningKeyPair> {
  const paths = keyPairPaths(dir, name);
  const existing = await readIfPresent(paths.privateKeyPem);
  if (existing !== undefined) return keyPairFromPem(existing);

  const pair = await generateSigningKeyPair();
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const pem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  if (!(await publishOnce(paths.privateKeyPem, pem))) {
    // Another process created the key first: everyone must sign with the same one.
    return keyPairFromPem(await readFile(paths.privateKeyPem, 'utf8'));
  }
  await writeFile(paths.publicKeyJwk, JSON.stringify(publicJwkOf(pair), null, 2), { mode: OWNER_ONLY });
  return pair;
}

async function keyPairFromPem(pem: string): Promise<SigningKeyPair> {
  const privateKey = createPrivateKey(pem);
  const publicKey = createPublicKey(privateKey);
  return { kid: await keyIdOf(publicKey), privateKey, publicKey };
}

/**
 * Writes a complete file at `path` only if none exists. Writing a temporary file and hard-linking
 * it makes the file appear whole or not at all, and the link fails rather than overwrite.
 */
async function publishOnce(path: string, contents: string): Promise<boolean> {
  const temporary = `${path}.${randomUUID()}.tmp`;
  await writeFile(temporary, contents, { mode: OWNER_ONLY });
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temporary);
  }
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
