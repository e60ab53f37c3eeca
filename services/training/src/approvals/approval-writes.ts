import { foldStream, handleCommand, type CommandResult, type EventMetadata, type EventStore, type Queryable } from '@tapestry/eventsourcing';
import type { ApprovalCommand } from './approval.commands';
import { approvalDecider } from './approval.decider';
import type { ApprovalEvent } from './approval.events';
import type { ApprovalState } from './approval.state';

export const APPROVAL_STREAM_TYPE = 'approval';
export const approvalStream = (approvalId: string): string => `approval-${approvalId}`;

/** Decides and appends one approval command inside the caller's transaction. */
export function runApprovalCommand(
  events: EventStore,
  command: ApprovalCommand,
  metadata: EventMetadata,
): Promise<CommandResult<ApprovalEvent, ApprovalState>> {
  return handleCommand(events, approvalDecider, approvalStream(command.approvalId), APPROVAL_STREAM_TYPE, command, metadata);
}

/** The approval as its stream says now, including what the caller's transaction appended. */
export async function loadApproval(events: EventStore, approvalId: string): Promise<ApprovalState> {
  return foldStream(approvalDecider, await events.readStream(approvalStream(approvalId))).state;
}

/** Every approval ever requested for the person, whatever became of it. */
export async function approvalIdsOf(db: Queryable, personId: string): Promise<string[]> {
  const { rows } = await db.query<{ approval_id: string }>('SELECT approval_id FROM approvals WHERE person_id = $1 ORDER BY requested_at', [personId]);
  return rows.map((row) => row.approval_id);
}

/**
 * Follows a change of line manager (null: none, or the person left) through the person's open and granted approvals:
 * granted ones end, unanswered ones go to the new manager or end. Returns how many approvals changed.
 */
export async function followLineManagerChange(
  events: EventStore,
  db: Queryable,
  personId: string,
  newLineManagerId: string | null,
  now: Date,
  metadata: EventMetadata,
): Promise<number> {
  const { rows } = await db.query<{ approval_id: string }>(
    "SELECT approval_id FROM approvals WHERE person_id = $1 AND status IN ('pending', 'approved') ORDER BY requested_at",
    [personId],
  );
  let changed = 0;
  for (const { approval_id: approvalId } of rows) {
    const result = await runApprovalCommand(events, { type: 'InvalidateOnManagerChange', approvalId, newLineManagerId, now }, metadata);
    if (result.events.length > 0) changed += 1;
  }
  return changed;
}
