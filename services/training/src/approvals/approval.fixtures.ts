import type { DecideApproval, RequestApproval } from './approval.commands';
import type { ApprovalGranted, ApprovalRequested, ApprovalSubject } from './approval.events';

export const approvalId = 'approval-1';
export const requestedAt = new Date('2025-03-03T09:00:00.000Z');
export const decidedAt = new Date('2025-03-05T14:30:00.000Z');
export const subject: ApprovalSubject = { approvalId, personId: 'asha', organisationId: 'org-1', kind: 'practise_as_coach', programme: 'general' };

export function requestForAsha(overrides: Partial<RequestApproval> = {}): RequestApproval {
  return {
    type: 'RequestApproval',
    approvalId,
    personId: 'asha',
    organisationId: 'org-1',
    kind: 'practise_as_coach',
    programme: 'general',
    requestedBy: 'asha',
    now: requestedAt,
    facts: { lineManagerId: 'manager-1', personEmployed: true },
    ...overrides,
  };
}

export const requested: ApprovalRequested = {
  type: 'ApprovalRequested',
  data: { ...subject, lineManagerId: 'manager-1', requestedBy: 'asha', requestedAt: requestedAt.toISOString() },
};

export function decideAsManager(overrides: Partial<DecideApproval> = {}): DecideApproval {
  return {
    type: 'DecideApproval',
    approvalId,
    decision: 'approve',
    reason: null,
    decidedBy: 'manager-1',
    validityMonths: 12,
    now: decidedAt,
    facts: { isCurrentLineManager: true, isOrganisationAdminActingForAbsent: false, personEmployed: true },
    ...overrides,
  };
}

export const granted: ApprovalGranted = {
  type: 'ApprovalGranted',
  data: {
    ...subject,
    lineManagerId: 'manager-1',
    decidedBy: 'manager-1',
    decidedAs: 'line_manager',
    reason: null,
    decidedAt: decidedAt.toISOString(),
    expiresAt: '2026-03-05T14:30:00.000Z',
  },
};
