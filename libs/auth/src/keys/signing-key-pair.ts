import { generateKeyPair as generateNodeKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { calculateJwkThumbprint } from 'jose';

/** The only algorithm Tapestry signs or accepts. */
export const SIGNING_ALGORITHM = 'RS256';

export interface SigningKeyPair {
  /** Key id: the RFC 7638 thumbprint of the public key, so it is stable across restarts. */
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

const generateRsa = promisify(generateNodeKeyPair);

export async function generateSigningKeyPair(): Promise<SigningKeyPair> {
  const { privateKey, publicKey } = await generateRsa('rsa', { modulusLength: 2048 });
  return { kid: await keyIdOf(publicKey), privateKey, publicKey };
}

export async function keyIdOf(publicKey: KeyObject): Promise<string> {
  return calculateJwkThumbprint(publicKey.export({ format: 'jwk' }), 'sha256');
}
