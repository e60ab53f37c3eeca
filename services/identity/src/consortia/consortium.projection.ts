import type { PoolClient } from 'pg';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import type { ReadModelProjection } from '@tapestry/eventsourcing';
import type { ConsortiumEvent } from './consortium.events';

export const consortiumProjection: ReadModelProjection = {
  name: 'identity.consortia',
  handles: ['ConsortiumCreated', 'ConsortiumMemberAdded', 'ConsortiumMemberRemoved'],
  schema: `
    CREATE TABLE IF NOT EXISTS consortia (id uuid PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL);
    CREATE TABLE IF NOT EXISTS consortium_members (
      consortium_id uuid NOT NULL, organisation_id uuid NOT NULL, joined_at timestamptz NOT NULL,
      PRIMARY KEY (consortium_id, organisation_id));
    CREATE INDEX IF NOT EXISTS consortium_members_by_organisation ON consortium_members (organisation_id);`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as ConsortiumEvent;
    switch (event.type) {
      case 'ConsortiumCreated':
        await client.query('INSERT INTO consortia (id, name, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [
          event.data.consortiumId,
          event.data.name,
          recorded.recordedAt,
        ]);
        return;
      case 'ConsortiumMemberAdded':
        await client.query(
          'INSERT INTO consortium_members (consortium_id, organisation_id, joined_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
          [event.data.consortiumId, event.data.organisationId, recorded.recordedAt],
        );
        return;
      case 'ConsortiumMemberRemoved':
        await client.query('DELETE FROM consortium_members WHERE consortium_id = $1 AND organisation_id = $2', [
          event.data.consortiumId,
          event.data.organisationId,
        ]);
        return;
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE consortia, consortium_members');
  },
};
