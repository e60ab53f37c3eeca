import type { Queryable } from '@tapestry/eventsourcing';
import type { ApprovalKindType, ApprovalStatusType, DecidedAsType, ManagerApproval } from './approval.graphql-types';
import type { ProgrammeType } from '../catalogue/course.graphql-types';

interface ApprovalRow {
  approval_id: string;
  person_id: string;
  person_name: string | null;
  organisation_id: string;
  kind: ApprovalKindType;
  programme: ProgrammeType;
  status: ApprovalStatusType;
  line_manager_id: string | null;
  requested_at: Date;
  reminders_sent: number;
  decided_by: string | null;
  decided_as: DecidedAsType | null;
  decided_at: Date | null;
  reason: string | null;
  expires_at: Date | null;
}

const SELECT = `SELECT a.*, p.display_name AS person_name FROM approvals a LEFT JOIN people p ON p.person_id = a.person_id`;

function toApproval(row: ApprovalRow): ManagerApproval {
  return {
    id: row.approval_id,
    personId: row.person_id,
    personName: row.person_name ?? '',
    organisationId: row.organisation_id,
    kind: row.kind,
    programme: row.programme,
    status: row.status,
    lineManagerId: row.line_manager_id,
    requestedAt: row.requested_at.toISOString(),
    remindersSent: row.reminders_sent,
    decidedBy: row.decided_by,
    decidedAs: row.decided_as,
    decidedAt: row.decided_at?.toISOString() ?? null,
    reason: row.reason,
    expiresAt: row.expires_at?.toISOString() ?? null,
  };
}

export async function findApproval(db: Queryable, approvalId: string): Promise<ManagerApproval | null> {
  const { rows } = await db.query<ApprovalRow>(`${SELECT} WHERE a.approval_id = $1`, [approvalId]);
  return rows[0] ? toApproval(rows[0]) : null;
}

/** Requests waiting for `lineManagerId`'s answer, oldest first. */
export async function pendingApprovalsFor(db: Queryable, lineManagerId: string): Promise<ManagerApproval[]> {
  const { rows } = await db.query<ApprovalRow>(`${SELECT} WHERE a.line_manager_id = $1 AND a.status = 'pending' ORDER BY a.requested_at, a.approval_id`, [
    lineManagerId,
  ]);
  return rows.map(toApproval);
}

/** The person's own requests, newest first. */
export async function approvalsOfPerson(db: Queryable, personId: string): Promise<ManagerApproval[]> {
  const { rows } = await db.query<ApprovalRow>(`${SELECT} WHERE a.person_id = $1 ORDER BY a.requested_at DESC, a.approval_id`, [personId]);
  return rows.map(toApproval);
}
