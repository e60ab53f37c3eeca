import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { KEY_BYTES } from './envelope';
import { vaultError } from './vault.errors';

export const MASTER_KEY_ENV = 'TAPESTRY_REFLECTIONS_MASTER_KEY';

function decode(text: string, source: string): Buffer {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  // Buffer.from ignores characters outside base64, so a round trip is what proves the text was a key.
  if (key.length !== KEY_BYTES || key.toString('base64') !== trimmed) {
    throw vaultError('BAD_MASTER_KEY', `${source} must hold ${KEY_BYTES} random bytes in base64 (e.g. \`openssl rand -base64 32\`).`);
  }
  return key;
}

/** The master key from TAPESTRY_REFLECTIONS_MASTER_KEY (base64 of 32 bytes), or undefined when it is not set. */
export function masterKeyFromEnv(env: NodeJS.ProcessEnv = process.env): Buffer | undefined {
  const text = env[MASTER_KEY_ENV];
  if (text === undefined || text.trim() === '') return undefined;
  return decode(text, MASTER_KEY_ENV);
}

/**
 * The master key kept in `file` (base64 text), created with fresh random bytes if missing; for the embedded start,
 * where no operator provides one. Losing this file makes every reflection unreadable. The key is written whole to a
 * temporary file and hard-linked into place, which fails if the file exists: two processes starting together agree
 * on one key and never read a half-written one. Only its owner can read it.
 */
export async function loadOrCreateMasterKey(file: string): Promise<Buffer> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(draft, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    await link(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(draft, { force: true });
  }
  return decode(await readFile(file, 'utf8'), `The key file ${file}`);
}
