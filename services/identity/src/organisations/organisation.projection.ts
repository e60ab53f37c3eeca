import type { PoolClient } from 'pg';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import type { ReadModelProjection } from '@tapestry/eventsourcing';
import type { OrganisationEvent } from './organisation.events';

export const organisationProjection: ReadModelProjection = {
  name: 'identity.organisations',
  handles: ['OrganisationCreated', 'SiteAdded', 'DirectorateAdded'],
  schema: `
    CREATE TABLE IF NOT EXISTS organisations (
      id uuid PRIMARY KEY, name text NOT NULL, kind text NOT NULL, ods_code text, created_at timestamptz NOT NULL);
    CREATE TABLE IF NOT EXISTS sites (
      id uuid PRIMARY KEY, organisation_id uuid NOT NULL, name text NOT NULL, UNIQUE (organisation_id, name));
    CREATE TABLE IF NOT EXISTS directorates (
      id uuid PRIMARY KEY, organisation_id uuid NOT NULL, name text NOT NULL, UNIQUE (organisation_id, name));`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as OrganisationEvent;
    switch (event.type) {
      case 'OrganisationCreated':
        await client.query(
          'INSERT INTO organisations (id, name, kind, ods_code, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING',
          [event.data.organisationId, event.data.name, event.data.kind, event.data.odsCode, recorded.recordedAt],
        );
        return;
      case 'SiteAdded':
        await client.query('INSERT INTO sites (id, organisation_id, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [
          event.data.siteId,
          event.data.organisationId,
          event.data.name,
        ]);
        return;
      case 'DirectorateAdded':
        await client.query(
          'INSERT INTO directorates (id, organisation_id, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
          [event.data.directorateId, event.data.organisationId, event.data.name],
        );
        return;
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE organisations, sites, directorates');
  },
};
