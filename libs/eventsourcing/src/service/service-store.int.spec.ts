import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@tapestry/testing';
import { ServiceStore } from './service-store';

jest.setTimeout(60_000);

const metadata = { correlationId: 'corr-1', actor: 'person-9' };

describe('ServiceStore.snapshot', () => {
  let db: TestDatabase;
  let store: ServiceStore;

  beforeAll(async () => {
    db = await createTestDatabase('es_service_store');
    store = new ServiceStore(db.pool, [], { log: () => undefined });
    await store.start();
    await db.pool.query('CREATE TABLE people (person_id text PRIMARY KEY, status text NOT NULL)');
  });
  afterAll(async () => {
    await store.stop();
    await db.drop();
  });

  /** A leaver recorded as one transaction: the directory row and the approval's stream change together. */
  const recordLeaver = (personId: string) =>
    store.transact(async (events, client) => {
      await client.query("UPDATE people SET status = 'left' WHERE person_id = $1", [personId]);
      await events.append(`approval-${personId}`, [{ type: 'ApprovalInvalidated', data: {} }], { streamType: 'approval', expectedVersion: 1, metadata });
    });

  it("reads a table and a stream as of one moment, though a transaction changing both commits between the two reads", async () => {
    const personId = randomUUID();
    await store.transact(async (events, client) => {
      await client.query("INSERT INTO people VALUES ($1, 'active')", [personId]);
      await events.append(`approval-${personId}`, [{ type: 'ApprovalGranted', data: {} }], { streamType: 'approval', expectedVersion: 'no_stream', metadata });
    });

    const seen = await store.snapshot(async (events, client) => {
      const { rows } = await client.query<{ status: string }>('SELECT status FROM people WHERE person_id = $1', [personId]);
      await recordLeaver(personId);
      const approval = await events.readStream(`approval-${personId}`);
      return { status: rows[0]?.status, approval: approval.map((event) => event.type) };
    });

    expect(seen).toEqual({ status: 'active', approval: ['ApprovalGranted'] });
    const after = await store.snapshot(async (events, client) => ({
      status: (await client.query<{ status: string }>('SELECT status FROM people WHERE person_id = $1', [personId])).rows[0]?.status,
      approval: (await events.readStream(`approval-${personId}`)).map((event) => event.type),
    }));
    expect(after).toEqual({ status: 'left', approval: ['ApprovalGranted', 'ApprovalInvalidated'] });
  });

  it('refuses to write, so a read path cannot change anything by mistake', async () => {
    await expect(store.snapshot((_events, client) => client.query("INSERT INTO people VALUES ('x', 'active')"))).rejects.toThrow(/read-only transaction/);
    expect((await db.pool.query("SELECT 1 FROM people WHERE person_id = 'x'")).rowCount).toBe(0);
  });
});
