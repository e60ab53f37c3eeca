import type { Commitment } from './words';

export interface ManagerApproval {
  id: string;
  personName: string;
  kind: string;
  programme: string;
  status: string;
  requestedAt: string;
  remindersSent: number;
  decidedAt: string | null;
  reason: string | null;
  expiresAt: string | null;
}

const APPROVAL = 'id personName kind programme status requestedAt remindersSent decidedAt reason expiresAt';
const BOOKLET = 'expectationsBooklet { title maxPeopleAtATime sessionsPerMonth maxSessionHours maxMonths }';

export type Booklet = Commitment & { title: string };

export const PENDING_APPROVALS = `query PendingApprovals { pendingApprovals { ${APPROVAL} } ${BOOKLET} }`;
export const DECIDE_APPROVAL = `mutation DecideManagerApproval($approvalId: ID!, $approve: Boolean!, $reason: String) {
  decideManagerApproval(approvalId: $approvalId, approve: $approve, reason: $reason) { ${APPROVAL} }
}`;

export interface ReportParticipation {
  person: { id: string; name: string };
  programme: string;
  role: string;
  status: string;
  since: string | null;
}

export const REPORTS_PARTICIPATION = 'query ReportsParticipation { myReportsParticipation { person { id name } programme role status since } }';
