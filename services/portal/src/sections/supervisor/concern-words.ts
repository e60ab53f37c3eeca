import type { Concern } from '../../api/supervision';

export function concernKindName(kind: Concern['kind']): string {
  return kind === 'SAFEGUARDING' ? 'Safeguarding' : 'Ethical';
}

const STATUSES: Record<string, string> = { raised: 'New', acknowledged: 'Acknowledged', resolved: 'Resolved' };

export function concernStatusName(status: string): string {
  return STATUSES[status] ?? status;
}

const ACTIONS: Record<string, string> = { raised: 'Raised', viewed: 'Read', acknowledged: 'Acknowledged', resolved: 'Resolved' };

export function auditActionName(action: string): string {
  return ACTIONS[action] ?? action;
}

/**
 * Who did something to a concern, by name where the supervisor knows them: themself, or a coach they supervise.
 * Anyone else it went to (another supervisor, the programme lead) is not named, since the API does not say who.
 */
export function actorName(actorId: string, meId: string, coachNames: ReadonlyMap<string, string>, unknown = 'Someone else it went to'): string {
  if (actorId === meId) return 'You';
  return coachNames.get(actorId) ?? unknown;
}

/** Open concerns first (safeguarding before ethical), then the rest; newest first within each. */
export function byUrgency(a: Concern, b: Concern): number {
  const open = (concern: Concern) => (concern.status === 'resolved' ? 1 : 0);
  const kind = (concern: Concern) => (concern.kind === 'SAFEGUARDING' ? 0 : 1);
  return open(a) - open(b) || kind(a) - kind(b) || b.raisedAt.localeCompare(a.raisedAt);
}
