import { createTestDatabase } from './test-database';

describe('createTestDatabase', () => {
  it('gives each caller its own empty database on a real PostgreSQL', async () => {
    const first = await createTestDatabase('harness');
    const second = await createTestDatabase('harness');
    try {
      expect(first.name).not.toBe(second.name);
      await first.pool.query('CREATE TABLE notes (id int)');
      await first.pool.query('INSERT INTO notes VALUES (1)');
      const { rows } = await second.pool.query<{ n: string }>(
        "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'notes'",
      );
      expect(rows[0]?.n).toBe('0');
    } finally {
      await first.drop();
      await second.drop();
    }
  });
});
