export { approvalDecider, decideApproval } from './approval.decider';
export type {
  ApprovalCommand,
  DecideApproval,
  ExpireApproval,
  InvalidateOnManagerChange,
  RequestApproval,
  SendReminder,
} from './approval.commands';
export type {
  ApprovalDeclined,
  ApprovalEvent,
  ApprovalExpired,
  ApprovalGranted,
  ApprovalInvalidated,
  ApprovalReminderSent,
  ApprovalRequested,
  ApprovalRerouted,
  ApprovalSubject,
  DecidedAs,
} from './approval.events';
export { evolveApproval, initialApprovalState, isCurrentApproval } from './approval.state';
export type { ApprovalState } from './approval.state';
export {
  APPROVAL_FOR_ROLE,
  APPROVAL_KINDS,
  DEFAULT_APPROVAL_VALIDITY_MONTHS,
  DEFAULT_REMINDER_AFTER_DAYS,
  isApprovalKind,
} from './approval-kind';
export type { ApprovalKind } from './approval-kind';
