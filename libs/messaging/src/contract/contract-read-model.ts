import type { Pool } from 'pg';
import { createInboxHandler } from '../inbox/inbox-handler';
import { ensureInboxTable } from '../inbox/inbox-table';
import type { MessageHandler } from '../transport';
import { decodeReceived } from './contract-messages';

/**
 * A consumer's read model fed through the inbox: one row per event, whose primary key would fail loudly if the inbox
 * ever let the same event's work run twice; `workRuns` counts the work itself.
 */
export class ContractReadModel {
  workRuns = 0;

  constructor(
    private readonly pool: Pool,
    private readonly consumer: string,
  ) {}

  async create(): Promise<void> {
    await ensureInboxTable(this.pool);
    await this.pool.query(
      'CREATE TABLE IF NOT EXISTS contract_people (consumer text, event_id text, person_id text, seq int, PRIMARY KEY (consumer, event_id))',
    );
  }

  handler(): MessageHandler {
    return createInboxHandler(this.pool, this.consumer, async (message, client) => {
      const received = decodeReceived(message);
      await client.query('INSERT INTO contract_people (consumer, event_id, person_id, seq) VALUES ($1, $2, $3, $4)', [
        this.consumer,
        received.eventId,
        received.key,
        received.seq,
      ]);
      this.workRuns += 1;
    });
  }

  async rows(): Promise<{ eventId: string; personId: string; seq: number }[]> {
    const { rows } = await this.pool.query<{ event_id: string; person_id: string; seq: number }>(
      'SELECT event_id, person_id, seq FROM contract_people WHERE consumer = $1 ORDER BY person_id, seq',
      [this.consumer],
    );
    return rows.map((row) => ({ eventId: row.event_id, personId: row.person_id, seq: row.seq }));
  }
}
