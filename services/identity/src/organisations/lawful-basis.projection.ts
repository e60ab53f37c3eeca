import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import type { OrganisationEvent } from './organisation.events';

/** The basis each organisation has in force: a row while one is recorded, none once it is withdrawn. */
export const lawfulBasisProjection: ReadModelProjection = {
  name: 'identity.lawful-bases',
  handles: ['LawfulBasisRecorded', 'LawfulBasisWithdrawn'],
  schema: `
    CREATE TABLE IF NOT EXISTS lawful_bases (
      organisation_id uuid PRIMARY KEY, basis text NOT NULL, recorded_by text NOT NULL, recorded_on date NOT NULL);`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as OrganisationEvent;
    switch (event.type) {
      case 'LawfulBasisRecorded':
        await client.query(
          `INSERT INTO lawful_bases (organisation_id, basis, recorded_by, recorded_on) VALUES ($1, $2, $3, $4)
           ON CONFLICT (organisation_id) DO UPDATE SET basis = EXCLUDED.basis, recorded_by = EXCLUDED.recorded_by, recorded_on = EXCLUDED.recorded_on`,
          [event.data.organisationId, event.data.basis, event.data.recordedBy, event.data.recordedOn],
        );
        return;
      case 'LawfulBasisWithdrawn':
        await client.query('DELETE FROM lawful_bases WHERE organisation_id = $1', [event.data.organisationId]);
        return;
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE lawful_bases');
  },
};
