import type { DomainEvent } from '@tapestry/eventsourcing';
import type { Programme } from '../catalogue';
import type { ApprovalKind } from './approval-kind';

/** Who and what an approval is about; every approval event carries it so read models need no join. */
export interface ApprovalSubject {
  approvalId: string;
  personId: string;
  organisationId: string;
  kind: ApprovalKind;
  programme: Programme;
}

/** Recorded so an admin's decision for an absent manager is never mistaken for the manager's own. */
export type DecidedAs = 'line_manager' | 'organisation_admin_for_absent_manager';

export type ApprovalRequested = DomainEvent<'ApprovalRequested', ApprovalSubject & { lineManagerId: string; requestedBy: string; requestedAt: string }>;
export type ApprovalGranted = DomainEvent<
  'ApprovalGranted',
  ApprovalSubject & { lineManagerId: string; decidedBy: string; decidedAs: DecidedAs; reason: string | null; decidedAt: string; expiresAt: string }
>;
export type ApprovalDeclined = DomainEvent<
  'ApprovalDeclined',
  ApprovalSubject & { lineManagerId: string; decidedBy: string; decidedAs: DecidedAs; reason: string; decidedAt: string }
>;
export type ApprovalExpired = DomainEvent<'ApprovalExpired', ApprovalSubject & { expiredAt: string }>;
export type ApprovalInvalidated = DomainEvent<
  'ApprovalInvalidated',
  ApprovalSubject & { previousLineManagerId: string; newLineManagerId: string | null; invalidatedAt: string }
>;
/** A request not yet answered follows the person to their new line manager. */
export type ApprovalRerouted = DomainEvent<
  'ApprovalRerouted',
  ApprovalSubject & { previousLineManagerId: string; lineManagerId: string; reroutedAt: string }
>;
export type ApprovalReminderSent = DomainEvent<'ApprovalReminderSent', ApprovalSubject & { lineManagerId: string; reminder: number; sentAt: string }>;

export type ApprovalEvent =
  | ApprovalRequested
  | ApprovalGranted
  | ApprovalDeclined
  | ApprovalExpired
  | ApprovalInvalidated
  | ApprovalRerouted
  | ApprovalReminderSent;
