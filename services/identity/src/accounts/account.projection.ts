import type { PoolClient } from 'pg';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import type { ReadModelProjection } from '@tapestry/eventsourcing';
import type { AccountEvent } from './account.events';

/** Sign-in needs the hash by email; lockout is decided from the account's stream, not from here. */
export const accountProjection: ReadModelProjection = {
  name: 'identity.accounts',
  handles: ['PasswordSet', 'LoginSucceeded'],
  schema: `
    CREATE TABLE IF NOT EXISTS accounts (
      person_id uuid PRIMARY KEY, password_hash text NOT NULL, password_set_at timestamptz NOT NULL,
      last_login_at timestamptz);`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as AccountEvent;
    switch (event.type) {
      case 'PasswordSet':
        await client.query(
          `INSERT INTO accounts (person_id, password_hash, password_set_at) VALUES ($1, $2, $3)
           ON CONFLICT (person_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, password_set_at = EXCLUDED.password_set_at`,
          [event.data.personId, event.data.passwordHash, event.data.at],
        );
        return;
      case 'LoginSucceeded':
        await client.query('UPDATE accounts SET last_login_at = $2 WHERE person_id = $1', [event.data.personId, event.data.at]);
        return;
      default:
        return;
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE accounts');
  },
};
