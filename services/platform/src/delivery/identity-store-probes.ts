import type { Pool } from 'pg';
import { waitFor } from '@tapestry/testing';

/** Looks into identity's own database: what its event store holds and how far its relay has published. */

export interface StoredRegistration {
  person_id: string;
  event_id: string;
  stream_id: string;
}

/** Every PersonRegistered event identity stored for these people (one each, when all is well). */
export async function storedRegistrations(identityDb: Pool, personIds: readonly string[]): Promise<StoredRegistration[]> {
  const { rows } = await identityDb.query<StoredRegistration>(
    `SELECT data->>'personId' AS person_id, event_id::text AS event_id, stream_id FROM events
     WHERE type = 'PersonRegistered' AND data->>'personId' = ANY($1)`,
    [personIds],
  );
  return rows;
}

/** The ids of everyone identity has registered, the demo seed's people included. */
export async function everyRegisteredPerson(identityDb: Pool): Promise<string[]> {
  const { rows } = await identityDb.query<{ person_id: string }>(`SELECT data->>'personId' AS person_id FROM events WHERE type = 'PersonRegistered'`);
  return rows.map((row) => row.person_id);
}

/** Waits until identity's relay has checkpointed its newest stored event: everything stored is on the topic. */
export async function waitUntilRelayCaughtUp(identityDb: Pool, timeoutMs: number): Promise<void> {
  await waitFor(
    async () => {
      const { rows } = await identityDb.query<{ caught_up: boolean }>(
        `SELECT coalesce((SELECT max(global_position) FROM relay_checkpoints WHERE relay = 'identity'), 0)
                >= (SELECT coalesce(max(global_position), 0) FROM events) AS caught_up`,
      );
      return rows[0].caught_up;
    },
    { timeoutMs, intervalMs: 250, description: "identity's relay to publish every stored event" },
  );
}
