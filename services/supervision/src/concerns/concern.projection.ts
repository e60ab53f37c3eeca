import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';
import type { ConcernEvent } from './concern.events';

/** Concerns with who may read them, and every action on them: the audit trail. */
export const concernProjection: ReadModelProjection = {
  name: 'supervision.concerns',
  handles: ['ConcernRaised', 'ConcernViewed', 'ConcernAcknowledged', 'ConcernResolved'],
  schema: `
    CREATE TABLE IF NOT EXISTS concerns (
      concern_id uuid PRIMARY KEY, kind text NOT NULL, relationship_id uuid NOT NULL, raised_by uuid NOT NULL, organisation_id uuid NOT NULL,
      summary text NOT NULL, recipients jsonb NOT NULL, status text NOT NULL, raised_at timestamptz NOT NULL, resolution text, resolved_at timestamptz);
    CREATE TABLE IF NOT EXISTS concern_audit (
      concern_id uuid NOT NULL, at timestamptz NOT NULL, actor_id uuid NOT NULL, action text NOT NULL);
    CREATE INDEX IF NOT EXISTS concern_audit_by_concern ON concern_audit (concern_id, at);`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as ConcernEvent;
    const audit = (at: string, actorId: string, action: string) =>
      client.query('INSERT INTO concern_audit (concern_id, at, actor_id, action) VALUES ($1, $2, $3, $4)', [event.data.concernId, at, actorId, action]);
    switch (event.type) {
      case 'ConcernRaised': {
        const d = event.data;
        await client.query(
          `INSERT INTO concerns (concern_id, kind, relationship_id, raised_by, organisation_id, summary, recipients, status, raised_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'raised', $8) ON CONFLICT DO NOTHING`,
          [d.concernId, d.kind, d.relationshipId, d.raisedBy, d.organisationId, d.summary, JSON.stringify(d.recipients), d.raisedAt],
        );
        await audit(d.raisedAt, d.raisedBy, 'raised');
        return;
      }
      case 'ConcernViewed':
        await audit(event.data.viewedAt, event.data.viewedBy, 'viewed');
        return;
      case 'ConcernAcknowledged':
        await client.query("UPDATE concerns SET status = 'acknowledged' WHERE concern_id = $1", [event.data.concernId]);
        await audit(event.data.acknowledgedAt, event.data.acknowledgedBy, 'acknowledged');
        return;
      case 'ConcernResolved':
        await client.query("UPDATE concerns SET status = 'resolved', resolution = $2, resolved_at = $3 WHERE concern_id = $1", [
          event.data.concernId,
          event.data.resolution,
          event.data.resolvedAt,
        ]);
        await audit(event.data.resolvedAt, event.data.resolvedBy, 'resolved');
        return;
      default:
        assertNever(event);
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE concerns, concern_audit');
  },
};
