import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import type { ApprovalEvent } from './approval.events';

/**
 * Every approval request with where it stands: what a line manager's queue, the sweeps and eligibility read. Each
 * row keeps the last applied stream version, so a replayed event changes nothing.
 */
export const approvalProjection: ReadModelProjection = {
  name: 'training.approvals',
  handles: ['ApprovalRequested', 'ApprovalRerouted', 'ApprovalReminderSent', 'ApprovalGranted', 'ApprovalDeclined', 'ApprovalExpired', 'ApprovalInvalidated'],
  schema: `
    CREATE TABLE IF NOT EXISTS approvals (
      approval_id uuid PRIMARY KEY, person_id uuid NOT NULL, organisation_id uuid NOT NULL, kind text NOT NULL,
      programme text NOT NULL, status text NOT NULL, line_manager_id uuid, requested_by uuid NOT NULL,
      requested_at timestamptz NOT NULL, last_prompt_at timestamptz NOT NULL, reminders_sent integer NOT NULL DEFAULT 0,
      decided_by uuid, decided_as text, decided_at timestamptz, reason text, expires_at timestamptz, ended_at timestamptz,
      version integer NOT NULL);
    CREATE INDEX IF NOT EXISTS approvals_by_person ON approvals (person_id);
    CREATE INDEX IF NOT EXISTS approvals_pending_by_manager ON approvals (line_manager_id) WHERE status = 'pending';
    CREATE INDEX IF NOT EXISTS approvals_granted_by_expiry ON approvals (expires_at) WHERE status = 'approved';`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as ApprovalEvent;
    const version = recorded.streamVersion;
    const update = (assignments: string, values: unknown[]) =>
      client.query(`UPDATE approvals SET ${assignments}, version = $2 WHERE approval_id = $1 AND version < $2`, [event.data.approvalId, version, ...values]);
    switch (event.type) {
      case 'ApprovalRequested': {
        const d = event.data;
        await client.query(
          `INSERT INTO approvals (approval_id, person_id, organisation_id, kind, programme, status, line_manager_id, requested_by,
             requested_at, last_prompt_at, version)
           VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $8, $8, $9) ON CONFLICT (approval_id) DO NOTHING`,
          [d.approvalId, d.personId, d.organisationId, d.kind, d.programme, d.lineManagerId, d.requestedBy, d.requestedAt, version],
        );
        return;
      }
      case 'ApprovalRerouted':
        await update('line_manager_id = $3, last_prompt_at = $4', [event.data.lineManagerId, event.data.reroutedAt]);
        return;
      case 'ApprovalReminderSent':
        await update('reminders_sent = $3, last_prompt_at = $4', [event.data.reminder, event.data.sentAt]);
        return;
      case 'ApprovalGranted': {
        const d = event.data;
        await update("status = 'approved', decided_by = $3, decided_as = $4, decided_at = $5, reason = $6, expires_at = $7", [
          d.decidedBy, d.decidedAs, d.decidedAt, d.reason, d.expiresAt,
        ]);
        return;
      }
      case 'ApprovalDeclined': {
        const d = event.data;
        await update("status = 'declined', decided_by = $3, decided_as = $4, decided_at = $5, reason = $6", [d.decidedBy, d.decidedAs, d.decidedAt, d.reason]);
        return;
      }
      case 'ApprovalExpired':
        await update("status = 'expired', ended_at = $3", [event.data.expiredAt]);
        return;
      case 'ApprovalInvalidated':
        await update("status = 'invalidated', ended_at = $3", [event.data.invalidatedAt]);
        return;
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE approvals');
  },
};
