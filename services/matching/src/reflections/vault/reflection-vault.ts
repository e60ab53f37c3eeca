import type { Queryable } from '@tapestry/eventsourcing';
import { newDataKey, open, reflectionAad, seal, unwrapDataKey, wrapDataKey, KEY_BYTES } from './envelope';
import { vaultError } from './vault.errors';
import { ensureVaultTables, type ReflectionRow } from './vault.sql';

export const MAX_REFLECTION_CHARACTERS = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNIQUE_VIOLATION = '23505';

export interface NewReflection {
  reflectionId: string;
  authorId: string;
  relationshipId: string;
  text: string;
  writtenAt: Date;
}

export interface Reflection {
  reflectionId: string;
  relationshipId: string;
  text: string;
  writtenAt: Date;
}

function checkId(name: string, value: string): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw vaultError('BAD_USER_INPUT', `${name} must be a UUID.`, { field: name });
  return value.toLowerCase();
}

function checkText(text: string): void {
  if (typeof text !== 'string' || text.trim() === '') {
    throw vaultError('BAD_USER_INPUT', 'A reflection cannot be empty: write something before saving it.', { field: 'text' });
  }
  // Counted in characters as a person sees them (code points), not UTF-16 units.
  const length = [...text].length;
  if (length > MAX_REFLECTION_CHARACTERS) {
    throw vaultError('BAD_USER_INPUT', `A reflection can hold at most ${MAX_REFLECTION_CHARACTERS} characters; this one has ${length}. Split it in two.`, {
      field: 'text',
      max: MAX_REFLECTION_CHARACTERS,
    });
  }
}

/**
 * A participant's private reflections, encrypted at rest with a key of their own (itself kept encrypted under the
 * master key) and given back only to their author. Nothing here writes events, so reflections never reach the relay
 * or Kafka. Callers pass the authenticated person's id as author: the vault trusts it and checks nothing else.
 * After `shred`, `listFor` returns [] for that person and `add` throws PERSON_ERASED (see DESIGN.md).
 */
export class ReflectionVault {
  private readonly masterKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== KEY_BYTES) throw vaultError('BAD_MASTER_KEY', `The reflections master key must be ${KEY_BYTES} bytes.`);
    this.masterKey = Buffer.from(masterKey);
  }

  ensureTables(db: Queryable): Promise<void> {
    return ensureVaultTables(db);
  }

  async add(db: Queryable, input: NewReflection): Promise<void> {
    const reflectionId = checkId('reflectionId', input.reflectionId);
    const authorId = checkId('authorId', input.authorId);
    const relationshipId = checkId('relationshipId', input.relationshipId);
    checkText(input.text);
    if (!(input.writtenAt instanceof Date) || Number.isNaN(input.writtenAt.getTime())) {
      throw vaultError('BAD_USER_INPUT', 'writtenAt must be a valid date.', { field: 'writtenAt' });
    }
    const key = await this.keyToWrite(db, authorId);
    const sealed = (() => {
      try {
        return seal(key, Buffer.from(input.text, 'utf8'), reflectionAad(authorId, reflectionId, relationshipId));
      } finally {
        key.fill(0);
      }
    })();
    try {
      // The share lock on the key row makes a concurrent shred wait for this insert (and then delete it), or makes this
      // insert see the shred and write nothing: no reflection outlives its author's key.
      const { rowCount } = await db.query(
        `INSERT INTO reflections (reflection_id, author_id, relationship_id, written_at, ciphertext, iv, auth_tag)
         SELECT $1, $2, $3, $4, $5, $6, $7
         WHERE EXISTS (SELECT 1 FROM person_keys WHERE person_id = $2 AND shredded_at IS NULL FOR SHARE)`,
        [reflectionId, authorId, relationshipId, input.writtenAt, sealed.ciphertext, sealed.iv, sealed.authTag],
      );
      if (rowCount === 0) throw erased();
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw vaultError('CONFLICT', `A reflection with id ${reflectionId} already exists.`, { reflectionId });
      }
      throw error;
    }
  }

  /** The author's own reflections in one relationship, oldest first; [] when they have none or were erased. */
  async listFor(db: Queryable, authorId: string, relationshipId: string): Promise<Reflection[]> {
    const author = checkId('authorId', authorId);
    const relationship = checkId('relationshipId', relationshipId);
    const key = await this.keyToRead(db, author);
    if (!key) return [];
    try {
      const { rows } = await db.query<ReflectionRow>(
        `SELECT reflection_id, relationship_id, written_at, ciphertext, iv, auth_tag FROM reflections
         WHERE author_id = $1 AND relationship_id = $2 ORDER BY written_at, reflection_id`,
        [author, relationship],
      );
      return rows.map((row) => ({
        reflectionId: row.reflection_id,
        relationshipId: row.relationship_id,
        writtenAt: row.written_at,
        text: open(key, { ciphertext: row.ciphertext, iv: row.iv, authTag: row.auth_tag }, reflectionAad(author, row.reflection_id, row.relationship_id)).toString('utf8'),
      }));
    } finally {
      key.fill(0);
    }
  }

  /**
   * Erases a person's reflections by destroying their key: copies of the ciphertext anywhere (replicas, backups of
   * this table) can no longer be read. The rows are deleted too, and the key row is kept as a tombstone so the person
   * is never given a fresh key. Returns how many reflections were deleted. Idempotent.
   */
  async shred(db: Queryable, personId: string): Promise<number> {
    const person = checkId('personId', personId);
    // Key first, then rows, as two statements: the DELETE's fresh snapshot sees any reflection an add committed while
    // the key UPDATE waited for its share lock.
    await db.query(
      `INSERT INTO person_keys (person_id, wrapped_key, shredded_at) VALUES ($1, NULL, now())
       ON CONFLICT (person_id) DO UPDATE SET wrapped_key = NULL, shredded_at = COALESCE(person_keys.shredded_at, now())`,
      [person],
    );
    const { rowCount } = await db.query('DELETE FROM reflections WHERE author_id = $1', [person]);
    return rowCount ?? 0;
  }

  private async keyToRead(db: Queryable, personId: string): Promise<Buffer | undefined> {
    const { rows } = await db.query<{ wrapped_key: Buffer | null }>('SELECT wrapped_key FROM person_keys WHERE person_id = $1', [personId]);
    const wrapped = rows[0]?.wrapped_key;
    return wrapped ? unwrapDataKey(this.masterKey, wrapped, personId) : undefined;
  }

  private async keyToWrite(db: Queryable, personId: string): Promise<Buffer> {
    const existing = await db.query<{ wrapped_key: Buffer | null }>('SELECT wrapped_key FROM person_keys WHERE person_id = $1', [personId]);
    if (existing.rows.length === 0) {
      const fresh = newDataKey();
      // Two first reflections at once: one key wins, and both read it back below.
      await db.query('INSERT INTO person_keys (person_id, wrapped_key) VALUES ($1, $2) ON CONFLICT (person_id) DO NOTHING', [
        personId,
        wrapDataKey(this.masterKey, fresh, personId),
      ]);
      fresh.fill(0);
    }
    const key = await this.keyToRead(db, personId);
    if (!key) throw erased();
    return key;
  }
}

function erased() {
  return vaultError('PERSON_ERASED', "This person's reflections were erased at their request; nothing more can be stored for them.");
}
