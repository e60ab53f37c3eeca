import { assertNever } from '@tapestry/domain';
import type { ConcernEvent } from './concern.events';

export interface AuditEntry {
  at: string;
  actorId: string;
  action: 'raised' | 'viewed' | 'acknowledged' | 'resolved';
}

/** Who saw or changed the concern, and when, in the order it happened: what a restricted record must be able to show. */
export function concernAuditTrail(events: readonly ConcernEvent[]): AuditEntry[] {
  return events.map((event): AuditEntry => {
    switch (event.type) {
      case 'ConcernRaised':
        return { at: event.data.raisedAt, actorId: event.data.raisedBy, action: 'raised' };
      case 'ConcernViewed':
        return { at: event.data.viewedAt, actorId: event.data.viewedBy, action: 'viewed' };
      case 'ConcernAcknowledged':
        return { at: event.data.acknowledgedAt, actorId: event.data.acknowledgedBy, action: 'acknowledged' };
      case 'ConcernResolved':
        return { at: event.data.resolvedAt, actorId: event.data.resolvedBy, action: 'resolved' };
      default:
        return assertNever(event);
    }
  });
}
