import { randomBytes, randomUUID } from 'node:crypto';
import { withTransaction } from '@tapestry/eventsourcing';
import { createTestDatabase, type TestDatabase } from '@tapestry/testing';
import { ReflectionVault, type NewReflection } from './reflection-vault';

jest.setTimeout(60_000);

describe('the private reflections vault', () => {
  let db: TestDatabase;
  let vault: ReflectionVault;
  const masterKey = randomBytes(32);

  beforeAll(async () => {
    db = await createTestDatabase('matching_reflections');
    vault = new ReflectionVault(masterKey);
    await Promise.all([vault.ensureTables(db.pool), vault.ensureTables(db.pool)]);
  });
  afterAll(() => db.drop());

  const reflection = (authorId: string, relationshipId: string, text: string, day = 1): NewReflection => ({
    reflectionId: randomUUID(),
    authorId,
    relationshipId,
    text,
    writtenAt: new Date(Date.UTC(2026, 2, day, 18)),
  });
  const rawRows = async (authorId: string) =>
    (await db.pool.query<{ reflection_id: string; ciphertext: Buffer }>('SELECT * FROM reflections WHERE author_id = $1', [authorId])).rows;

  it('gives the author back their reflections in one relationship, oldest first', async () => {
    const asha = randomUUID();
    const withBen = randomUUID();
    const second = reflection(asha, withBen, 'Second session: we set a goal about the rota. ✍️', 9);
    const first = reflection(asha, withBen, 'Chemistry meeting went well; I talked too much.', 2);
    await vault.add(db.pool, second);
    await vault.add(db.pool, first);
    await vault.add(db.pool, reflection(asha, randomUUID(), 'A different relationship'));

    expect(await vault.listFor(db.pool, asha, withBen)).toEqual([
      { reflectionId: first.reflectionId, relationshipId: withBen, text: first.text, writtenAt: first.writtenAt },
      { reflectionId: second.reflectionId, relationshipId: withBen, text: second.text, writtenAt: second.writtenAt },
    ]);
  });

  it('stores ciphertext only: no column holds the text', async () => {
    const author = randomUUID();
    const secret = 'I am thinking of leaving the trust because of my manager';
    await vault.add(db.pool, reflection(author, randomUUID(), secret));

    const { rows } = await db.pool.query<{ dump: string }>(
      `SELECT (SELECT string_agg(encode(ciphertext || iv || auth_tag, 'escape'), '') FROM reflections)
           || (SELECT string_agg(encode(wrapped_key, 'escape'), '') FROM person_keys) AS dump`,
    );
    expect(rows[0].dump).not.toContain('leaving the trust');
    const [stored] = await rawRows(author);
    expect(stored.ciphertext.includes(Buffer.from(secret, 'utf8'))).toBe(false);
    expect(stored.ciphertext.includes(Buffer.from('leaving', 'utf8'))).toBe(false);
  });

  it("reads nothing for anyone but the author, even with the relationship's id", async () => {
    const coachee = randomUUID();
    const coach = randomUUID();
    const relationship = randomUUID();
    await vault.add(db.pool, reflection(coachee, relationship, 'My own notes on the session'));
    await vault.add(db.pool, reflection(coach, relationship, "The coach's own notes"));

    expect((await vault.listFor(db.pool, coach, relationship)).map((r) => r.text)).toEqual(["The coach's own notes"]);
    expect(await vault.listFor(db.pool, randomUUID(), relationship)).toEqual([]);
  });

  it('refuses a reflection moved to another author in the database', async () => {
    const [asha, ben, relationship] = [randomUUID(), randomUUID(), randomUUID()];
    const moved = reflection(asha, relationship, 'Written by Asha');
    await vault.add(db.pool, moved);
    await vault.add(db.pool, reflection(ben, relationship, 'Written by Ben'));
    await db.pool.query('UPDATE reflections SET author_id = $2 WHERE reflection_id = $1', [moved.reflectionId, ben]);

    await expect(vault.listFor(db.pool, ben, relationship)).rejects.toMatchObject({ code: 'REFLECTION_UNREADABLE' });
  });

  it('cannot be read with another master key', async () => {
    const [author, relationship] = [randomUUID(), randomUUID()];
    await vault.add(db.pool, reflection(author, relationship, 'Sealed under the real key'));

    await expect(new ReflectionVault(randomBytes(32)).listFor(db.pool, author, relationship)).rejects.toMatchObject({ code: 'REFLECTION_UNREADABLE' });
  });

  it("shreds a person's key: their reflections are gone, a restored copy cannot be read, and nothing new is stored", async () => {
    const [author, relationship, other] = [randomUUID(), randomUUID(), randomUUID()];
    await vault.add(db.pool, reflection(author, relationship, 'First thoughts'));
    await vault.add(db.pool, reflection(author, relationship, 'Second thoughts'));
    await vault.add(db.pool, reflection(other, relationship, 'Someone else, unaffected'));
    await db.pool.query('CREATE TABLE reflections_backup (LIKE reflections)');
    await db.pool.query('INSERT INTO reflections_backup SELECT * FROM reflections WHERE author_id = $1', [author]);

    expect(await vault.shred(db.pool, author)).toBe(2);

    expect(await vault.listFor(db.pool, author, relationship)).toEqual([]);
    const { rows: keys } = await db.pool.query('SELECT wrapped_key, shredded_at FROM person_keys WHERE person_id = $1', [author]);
    expect(keys).toEqual([{ wrapped_key: null, shredded_at: expect.any(Date) }]);
    // Ciphertext restored from a backup taken before the shred: the key that opened it is gone.
    await db.pool.query('INSERT INTO reflections SELECT * FROM reflections_backup');
    expect(await rawRows(author)).toHaveLength(2);
    expect(await vault.listFor(db.pool, author, relationship)).toEqual([]);

    await expect(vault.add(db.pool, reflection(author, relationship, 'After erasure'))).rejects.toMatchObject({ code: 'PERSON_ERASED' });
    expect(await vault.shred(db.pool, author)).toBe(2);
    expect((await vault.listFor(db.pool, other, relationship)).map((r) => r.text)).toEqual(['Someone else, unaffected']);
  });

  it('leaves no reflection behind when a shred races with writes', async () => {
    const [author, relationship] = [randomUUID(), randomUUID()];
    await vault.add(db.pool, reflection(author, relationship, 'Before'));
    const writes = Array.from({ length: 12 }, (_, n) => vault.add(db.pool, reflection(author, relationship, `Racing ${n}`)));
    const [shredding, ...outcomes] = await Promise.allSettled([vault.shred(db.pool, author), ...writes]);

    expect(shredding).toMatchObject({ status: 'fulfilled' });
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ code: 'PERSON_ERASED' });
    }
    expect(await rawRows(author)).toEqual([]);
  });

  it('refuses empty or too long text and a reused id, storing nothing', async () => {
    const [author, relationship] = [randomUUID(), randomUUID()];
    await expect(vault.add(db.pool, reflection(author, relationship, '  \n '))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(vault.add(db.pool, reflection(author, relationship, 'x'.repeat(10_001)))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(vault.add(db.pool, { ...reflection(author, relationship, 'ok'), authorId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await vault.listFor(db.pool, author, relationship)).toEqual([]);

    // 10,000 characters as a person counts them, though each emoji is two UTF-16 units.
    const longest = reflection(author, relationship, '🙂'.repeat(10_000));
    await vault.add(db.pool, longest);
    await expect(vault.add(db.pool, { ...reflection(author, relationship, 'again'), reflectionId: longest.reflectionId })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await vault.listFor(db.pool, author, relationship)).map((r) => r.text)).toEqual([longest.text]);
  });

  it("writes inside the caller's transaction, and gives one key to a person whose first reflections arrive together", async () => {
    const [author, relationship] = [randomUUID(), randomUUID()];
    await expect(
      withTransaction(db.pool, async (client) => {
        await vault.add(client, reflection(author, relationship, 'Rolled back'));
        throw new Error('the command failed');
      }),
    ).rejects.toThrow('the command failed');
    expect(await rawRows(author)).toEqual([]);

    await Promise.all([1, 2, 3, 4].map((day) => vault.add(db.pool, reflection(author, relationship, `Day ${day}`, day))));
    expect((await vault.listFor(db.pool, author, relationship)).map((r) => r.text)).toEqual(['Day 1', 'Day 2', 'Day 3', 'Day 4']);
  });
});
