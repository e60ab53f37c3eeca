import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { vaultError } from './vault.errors';

const ALGORITHM = 'aes-256-gcm';
export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** First byte of a wrapped key, so a later master-key rotation can tell old wraps from new. */
const WRAP_FORMAT_V1 = 0x01;
const WRAPPED_BYTES = 1 + IV_BYTES + TAG_BYTES + KEY_BYTES;

/** AES-256-GCM output; GCM needs all three to decrypt, and the tag proves nothing was changed. */
export interface Sealed {
  ciphertext: Buffer;
  iv: Buffer;
  authTag: Buffer;
}

function checkKey(key: Buffer, what: string): void {
  if (key.length !== KEY_BYTES) throw vaultError('BAD_MASTER_KEY', `The ${what} must be ${KEY_BYTES} bytes, got ${key.length}.`);
}

export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

export function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Sealed {
  checkKey(key, 'encryption key');
  // A fresh random 96-bit IV per message: GCM's security depends on never reusing one under the same key.
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext, iv, authTag: cipher.getAuthTag() };
}

/** Decrypts and authenticates; any change to the ciphertext, IV, tag, AAD or key throws REFLECTION_UNREADABLE. */
export function open(key: Buffer, { ciphertext, iv, authTag }: Sealed, aad: Buffer): Buffer {
  checkKey(key, 'decryption key');
  // A short tag would be accepted by GCM and weaken authentication: insist on the full length.
  if (iv.length !== IV_BYTES || authTag.length !== TAG_BYTES) {
    throw vaultError('REFLECTION_UNREADABLE', 'Stored ciphertext has a malformed IV or authentication tag.');
  }
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(authTag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw vaultError('REFLECTION_UNREADABLE', 'Stored ciphertext did not authenticate: it was changed, moved, or sealed under another key.');
  }
}

const personKeyAad = (personId: string) => Buffer.from(`tapestry/matching/reflections/person-key/v1|${personId.toLowerCase()}`, 'utf8');

/** The AAD of one reflection: the ciphertext decrypts only under the same author, reflection and relationship ids. */
export function reflectionAad(authorId: string, reflectionId: string, relationshipId: string): Buffer {
  const ids = [authorId, reflectionId, relationshipId].map((id) => id.toLowerCase()).join('|');
  return Buffer.from(`tapestry/matching/reflections/reflection/v1|${ids}`, 'utf8');
}

/** A person's data key sealed under the master key, bound to the person so a wrapped key cannot be moved to another. */
export function wrapDataKey(masterKey: Buffer, dataKey: Buffer, personId: string): Buffer {
  checkKey(dataKey, 'data key');
  const { ciphertext, iv, authTag } = seal(masterKey, dataKey, personKeyAad(personId));
  return Buffer.concat([Buffer.of(WRAP_FORMAT_V1), iv, authTag, ciphertext]);
}

export function unwrapDataKey(masterKey: Buffer, wrapped: Buffer, personId: string): Buffer {
  if (wrapped.length !== WRAPPED_BYTES || wrapped[0] !== WRAP_FORMAT_V1) {
    throw vaultError('REFLECTION_UNREADABLE', 'A stored person key has an unknown format.');
  }
  const iv = wrapped.subarray(1, 1 + IV_BYTES);
  const authTag = wrapped.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const ciphertext = wrapped.subarray(1 + IV_BYTES + TAG_BYTES);
  return open(masterKey, { ciphertext, iv, authTag }, personKeyAad(personId));
}
