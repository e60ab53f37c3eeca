import type { EventMetadata, EventStore, Queryable } from '@tapestry/eventsourcing';
import { followLineManagerChange } from '../approvals/approval-writes';
import { recomputeEligibility } from '../eligibility/recompute-eligibility';
import type { PersonChange } from './people-directory.apply';

/**
 * What a new line manager or a leaver means for training, on the transaction that recorded it in the directory:
 * the person's open and granted approvals follow the change (a leaver has no manager), then eligibility is recomputed.
 */
export async function followPersonChange(events: EventStore, client: Queryable, change: PersonChange, now: Date, metadata: EventMetadata): Promise<void> {
  const newLineManagerId = change.kind === 'left' ? null : change.lineManagerId;
  await followLineManagerChange(events, client, change.personId, newLineManagerId, now, metadata);
  await recomputeEligibility(events, client, change.personId, now, metadata);
}
