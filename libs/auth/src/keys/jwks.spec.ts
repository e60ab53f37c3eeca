import { createPublicKey } from 'node:crypto';
import { jwksFromPublicKeys } from './jwks';
import { generateSigningKeyPair, keyIdOf } from './signing-key-pair';

describe('signing keys and JWKS', () => {
  it('publishes each public key with its kid, RS256 and nothing private', async () => {
    const [a, b] = await Promise.all([generateSigningKeyPair(), generateSigningKeyPair()]);
    const jwks = jwksFromPublicKeys([a, b]);
    expect(jwks.keys.map((k) => k.kid)).toEqual([a.kid, b.kid]);
    expect(a.kid).not.toEqual(b.kid);
    for (const key of jwks.keys) {
      expect(Object.keys(key).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
      expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    }
  });

  it('derives the kid from the public key alone, so it survives a restart', async () => {
    const pair = await generateSigningKeyPair();
    const reloaded = createPublicKey(pair.publicKey.export({ format: 'pem', type: 'spki' }));
    expect(await keyIdOf(reloaded)).toBe(pair.kid);
  });
});
