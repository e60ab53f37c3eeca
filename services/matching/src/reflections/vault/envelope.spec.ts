import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { newDataKey, open, reflectionAad, seal, unwrapDataKey, wrapDataKey } from './envelope';

/** The DomainError code `work` throws, or undefined when it does not throw. */
function codeThrownBy(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

const flipByte = (buffer: Buffer, index = 0): Buffer => {
  const copy = Buffer.from(buffer);
  copy[index % copy.length] ^= 0x01;
  return copy;
};

describe('reflection envelope encryption', () => {
  const author = randomUUID();
  const reflection = randomUUID();
  const relationship = randomUUID();
  const aad = reflectionAad(author, reflection, relationship);
  const text = Buffer.from('I froze when she asked about my goals; next time, ask her first.', 'utf8');

  it('gives back what it sealed, for any text, and never the plaintext in the ciphertext', () => {
    const key = newDataKey();
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 500 }), (plain) => {
        const sealed = seal(key, Buffer.from(plain, 'utf8'), aad);
        expect(open(key, sealed, aad).toString('utf8')).toBe(plain);
      }),
    );
    const sealed = seal(key, text, aad);
    expect(sealed.ciphertext.includes(text)).toBe(false);
    expect(seal(key, text, aad).iv.equals(sealed.iv)).toBe(false);
  });

  it('refuses a tampered ciphertext, IV or authentication tag', () => {
    const key = newDataKey();
    const sealed = seal(key, text, aad);
    for (let index = 0; index < sealed.ciphertext.length; index += 7) {
      expect(codeThrownBy(() => open(key, { ...sealed, ciphertext: flipByte(sealed.ciphertext, index) }, aad))).toBe('REFLECTION_UNREADABLE');
    }
    expect(codeThrownBy(() => open(key, { ...sealed, iv: flipByte(sealed.iv) }, aad))).toBe('REFLECTION_UNREADABLE');
    expect(codeThrownBy(() => open(key, { ...sealed, authTag: flipByte(sealed.authTag, 15) }, aad))).toBe('REFLECTION_UNREADABLE');
    // GCM would accept a truncated tag unless told its length.
    expect(codeThrownBy(() => open(key, { ...sealed, authTag: sealed.authTag.subarray(0, 4) }, aad))).toBe('REFLECTION_UNREADABLE');
  });

  it('refuses a reflection moved to another author, reflection id or relationship', () => {
    const key = newDataKey();
    const sealed = seal(key, text, aad);
    for (const moved of [
      reflectionAad(randomUUID(), reflection, relationship),
      reflectionAad(author, randomUUID(), relationship),
      reflectionAad(author, reflection, randomUUID()),
    ]) {
      expect(codeThrownBy(() => open(key, sealed, moved))).toBe('REFLECTION_UNREADABLE');
    }
    expect(open(key, sealed, reflectionAad(author.toUpperCase(), reflection, relationship)).equals(text)).toBe(true);
  });

  it('refuses another person’s key', () => {
    const sealed = seal(newDataKey(), text, aad);
    expect(codeThrownBy(() => open(newDataKey(), sealed, aad))).toBe('REFLECTION_UNREADABLE');
  });

  describe('wrapping the per-person key', () => {
    const master = randomBytes(32);
    const person = randomUUID();

    it('unwraps under the same master key for the same person', () => {
      const dataKey = newDataKey();
      const wrapped = wrapDataKey(master, dataKey, person);
      expect(wrapped.includes(dataKey)).toBe(false);
      expect(unwrapDataKey(master, wrapped, person).equals(dataKey)).toBe(true);
    });

    it('refuses a wrong master key', () => {
      const wrapped = wrapDataKey(master, newDataKey(), person);
      expect(codeThrownBy(() => unwrapDataKey(randomBytes(32), wrapped, person))).toBe('REFLECTION_UNREADABLE');
    });

    it("refuses one person's wrapped key presented as another's, or a tampered one", () => {
      const wrapped = wrapDataKey(master, newDataKey(), person);
      expect(codeThrownBy(() => unwrapDataKey(master, wrapped, randomUUID()))).toBe('REFLECTION_UNREADABLE');
      expect(codeThrownBy(() => unwrapDataKey(master, flipByte(wrapped, 40), person))).toBe('REFLECTION_UNREADABLE');
      expect(codeThrownBy(() => unwrapDataKey(master, wrapped.subarray(1), person))).toBe('REFLECTION_UNREADABLE');
    });

    it('refuses a master key of the wrong size', () => {
      expect(codeThrownBy(() => wrapDataKey(randomBytes(16), newDataKey(), person))).toBe('BAD_MASTER_KEY');
    });
  });
});
