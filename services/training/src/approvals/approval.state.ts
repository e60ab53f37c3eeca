import { ignoreUnknownEvent } from '../common';
import type { ApprovalEvent, ApprovalSubject } from './approval.events';

export type ApprovalState =
  | { status: 'absent' }
  | { status: 'pending'; subject: ApprovalSubject; lineManagerId: string; lastPromptAt: string; remindersSent: number }
  | { status: 'approved'; subject: ApprovalSubject; lineManagerId: string; decidedAt: string; expiresAt: string }
  | { status: 'declined'; subject: ApprovalSubject; decidedAt: string }
  | { status: 'expired'; subject: ApprovalSubject; expiredAt: string }
  | { status: 'invalidated'; subject: ApprovalSubject; invalidatedAt: string };

export const initialApprovalState: ApprovalState = { status: 'absent' };

function subjectOf(data: ApprovalSubject): ApprovalSubject {
  const { approvalId, personId, organisationId, kind, programme } = data;
  return { approvalId, personId, organisationId, kind, programme };
}

export function evolveApproval(state: ApprovalState, event: ApprovalEvent): ApprovalState {
  switch (event.type) {
    case 'ApprovalRequested':
      return { status: 'pending', subject: subjectOf(event.data), lineManagerId: event.data.lineManagerId, lastPromptAt: event.data.requestedAt, remindersSent: 0 };
    case 'ApprovalRerouted':
      if (state.status !== 'pending') return state;
      return { ...state, lineManagerId: event.data.lineManagerId, lastPromptAt: event.data.reroutedAt };
    case 'ApprovalReminderSent':
      if (state.status !== 'pending') return state;
      return { ...state, lastPromptAt: event.data.sentAt, remindersSent: event.data.reminder };
    case 'ApprovalGranted':
      return { status: 'approved', subject: subjectOf(event.data), lineManagerId: event.data.lineManagerId, decidedAt: event.data.decidedAt, expiresAt: event.data.expiresAt };
    case 'ApprovalDeclined':
      return { status: 'declined', subject: subjectOf(event.data), decidedAt: event.data.decidedAt };
    case 'ApprovalExpired':
      return { status: 'expired', subject: subjectOf(event.data), expiredAt: event.data.expiredAt };
    case 'ApprovalInvalidated':
      return { status: 'invalidated', subject: subjectOf(event.data), invalidatedAt: event.data.invalidatedAt };
    default:
      ignoreUnknownEvent(event);
      return state;
  }
}

/** An approval counts at `now` while granted and its validity has not passed. */
export function isCurrentApproval(state: ApprovalState, now: Date): boolean {
  return state.status === 'approved' && now.getTime() <= Date.parse(state.expiresAt);
}
