import type { EventStore } from '@tapestry/eventsourcing';
import type { RecordCoachingHours, RecordSupervisionHours } from './accreditation.commands';
import { runAccreditationCommand } from './accreditation.handlers';

/**
 * The consumer side of practice and supervision evidence. Nothing feeds these yet: matching will publish completed
 * coaching and mentoring sessions on `tapestry.matching.v1`, and supervision its sessions on `tapestry.supervision.v1`;
 * their consumers decode a session event and call these inside the inbox transaction (`events` bound to that
 * transaction), with the incoming event's id as `sourceEventId`. The decider counts each source event once, so a
 * redelivered message changes nothing even if the inbox were bypassed. The sending context is the actor, its event the cause.
 */
export async function recordCoachingHours(events: EventStore, session: Omit<RecordCoachingHours, 'type'>, correlationId: string): Promise<void> {
  await runAccreditationCommand(events, { type: 'RecordCoachingHours', ...session }, {
    correlationId,
    causationId: session.sourceEventId,
    actor: 'system:matching-sessions',
    schemaVersion: 1,
  });
}

export async function recordSupervisionHours(events: EventStore, session: Omit<RecordSupervisionHours, 'type'>, correlationId: string): Promise<void> {
  await runAccreditationCommand(events, { type: 'RecordSupervisionHours', ...session }, {
    correlationId,
    causationId: session.sourceEventId,
    actor: 'system:supervision-sessions',
    schemaVersion: 1,
  });
}
