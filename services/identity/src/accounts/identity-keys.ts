import { loadOrCreateKeyPair, type SigningKeyPair } from '@tapestry/auth';

/** Identity's token-signing key pair, created on first start and kept in the keys folder. */
export abstract class IdentityKeys {
  abstract readonly pair: SigningKeyPair;
}

export async function loadIdentityKeys(keysDir: string): Promise<IdentityKeys> {
  return { pair: await loadOrCreateKeyPair(keysDir, 'identity') };
}
