import type { PoolClient } from 'pg';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import type { ReadModelProjection } from '@tapestry/eventsourcing';
import type { RoleEvent } from './role.events';

export const roleProjection: ReadModelProjection = {
  name: 'identity.role-grants',
  handles: ['RoleGranted', 'RoleRevoked'],
  schema: `
    CREATE TABLE IF NOT EXISTS role_grants (
      person_id uuid NOT NULL, role text NOT NULL, scope_kind text NOT NULL, scope_id uuid NOT NULL,
      granted_at timestamptz NOT NULL, PRIMARY KEY (person_id, role, scope_kind, scope_id));
    CREATE INDEX IF NOT EXISTS role_grants_by_scope ON role_grants (scope_kind, scope_id, role);`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as RoleEvent;
    const { personId, role, scope } = event.data;
    switch (event.type) {
      case 'RoleGranted':
        await client.query(
          'INSERT INTO role_grants (person_id, role, scope_kind, scope_id, granted_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
          [personId, role, scope.kind, scope.id, recorded.recordedAt],
        );
        return;
      case 'RoleRevoked':
        await client.query('DELETE FROM role_grants WHERE person_id = $1 AND role = $2 AND scope_kind = $3 AND scope_id = $4', [
          personId,
          role,
          scope.kind,
          scope.id,
        ]);
        return;
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE role_grants');
  },
};
