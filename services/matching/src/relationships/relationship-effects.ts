import type { PoolClient } from 'pg';
import { handleCommand, type EventMetadata, type EventStore } from '@tapestry/eventsourcing';
import { coachDecider, coachStreamId } from '../coaches/coach.decider';
import { planFollowUps } from '../follow-ups/follow-up-plan';
import type { ProgrammePolicy } from '../policy/programme-policy';
import { requestDecider, requestStreamId } from '../requests/request.decider';
import { requestSlotDecider, requestSlotStreamId } from '../requests/request-slot.decider';
import type { Pairing, RelationshipEvent } from './relationship.events';

/**
 * What the other aggregates do when a relationship moves, in the same transaction: a declined introduction gives the
 * coach's place back and returns the request to the next round; a closed relationship frees both; any answer by the
 * coach clears an unanswered-introduction flag; deadlines follow.
 */
export async function followRelationshipEvents(
  events: EventStore,
  client: PoolClient,
  pairing: Pairing,
  decided: readonly RelationshipEvent[],
  policy: ProgrammePolicy,
  metadata: EventMetadata,
  now: Date,
): Promise<void> {
  const { relationshipId, coachId, requestId } = pairing;
  const coachActed = decided.some(
    (event) =>
      (event.type === 'ChemistryMeetingHeld' && event.data.recordedBy === coachId) ||
      ((event.type === 'RelationshipConfirmed' || event.type === 'RelationshipDeclined') && event.data.side === 'coach'),
  );
  if (coachActed) {
    await handleCommand(events, coachDecider, coachStreamId(coachId), 'coach', { type: 'RecordResponse', coachId, relationshipId, now }, metadata, { retryOnConflict: true });
  }
  for (const event of decided) {
    if (event.type === 'RelationshipDeclined') {
      await handleCommand(events, coachDecider, coachStreamId(coachId), 'coach', { type: 'ReleaseSlot', coachId, relationshipId }, metadata, { retryOnConflict: true });
      await handleCommand(events, requestDecider, requestStreamId(requestId), 'request', { type: 'ReopenRequest', requestId, relationshipId }, metadata);
    }
    if (event.type === 'RelationshipClosed') {
      await handleCommand(events, coachDecider, coachStreamId(coachId), 'coach', { type: 'ReleaseSlot', coachId, relationshipId }, metadata, { retryOnConflict: true });
      await handleCommand(events, requestDecider, requestStreamId(requestId), 'request', { type: 'FulfilRequest', requestId, relationshipId }, metadata);
      await handleCommand(
        events,
        requestSlotDecider,
        requestSlotStreamId(pairing.coacheeId, pairing.programme),
        'request_slot',
        { type: 'FreeRequestSlot', requestId },
        metadata,
      );
    }
  }
  await planFollowUps(client, relationshipId, decided, policy, now);
}
