import type { Queryable } from '@tapestry/eventsourcing';
import type { ConcernKind } from './concern.events';

export interface ConcernView {
  id: string;
  kind: ConcernKind;
  relationshipId: string;
  raisedBy: string;
  summary: string;
  status: string;
  raisedAt: Date;
  resolution: string | null;
  resolvedAt: Date | null;
  audit: Array<{ at: Date; actorId: string; action: string }>;
}

/** The concerns `personId` may read: those they raised and those that went to them. */
export async function concernsFor(db: Queryable, personId: string): Promise<ConcernView[]> {
  const { rows } = await db.query<{
    concern_id: string;
    kind: ConcernKind;
    relationship_id: string;
    raised_by: string;
    summary: string;
    status: string;
    raised_at: Date;
    resolution: string | null;
    resolved_at: Date | null;
    audit: Array<{ at: string; actor_id: string; action: string }>;
  }>(
    `SELECT c.concern_id, c.kind, c.relationship_id, c.raised_by, c.summary, c.status, c.raised_at, c.resolution, c.resolved_at,
            coalesce((SELECT jsonb_agg(jsonb_build_object('at', a.at, 'actor_id', a.actor_id, 'action', a.action) ORDER BY a.at)
                      FROM concern_audit a WHERE a.concern_id = c.concern_id), '[]') AS audit
     FROM concerns c WHERE c.raised_by = $1 OR c.recipients ? $1::text ORDER BY c.raised_at DESC`,
    [personId],
  );
  return rows.map((row) => ({
    id: row.concern_id,
    kind: row.kind,
    relationshipId: row.relationship_id,
    raisedBy: row.raised_by,
    summary: row.summary,
    status: row.status,
    raisedAt: row.raised_at,
    resolution: row.resolution,
    resolvedAt: row.resolved_at,
    audit: row.audit.map((entry) => ({ at: new Date(entry.at), actorId: entry.actor_id, action: entry.action })),
  }));
}
