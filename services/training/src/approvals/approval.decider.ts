import type { Decider } from '@tapestry/eventsourcing';
import { DomainError } from '@tapestry/eventsourcing';
import { assertNever, optionalText, requireText } from '../common';
import type { ApprovalCommand, DecideApproval, ExpireApproval, InvalidateOnManagerChange, RequestApproval, SendReminder } from './approval.commands';
import type { ApprovalEvent, DecidedAs } from './approval.events';
import { daysHavePassed, expiryAfter, validDecision, validKind, validProgramme, validReminderDays } from './approval.rules';
import type { ApprovalState } from './approval.state';
import { evolveApproval, initialApprovalState } from './approval.state';

type Existing = Exclude<ApprovalState, { status: 'absent' }>;

function requireExisting(state: ApprovalState, approvalId: string): Existing {
  if (state.status === 'absent') throw new DomainError('NOT_FOUND', `Approval request ${approvalId} does not exist.`, { approvalId });
  return state;
}

function request(command: RequestApproval, state: ApprovalState): ApprovalEvent[] {
  const { approvalId, personId, organisationId, facts } = command;
  if (state.status !== 'absent') throw new DomainError('APPROVAL_EXISTS', `Approval request ${approvalId} already exists.`, { approvalId });
  const kind = validKind(command.kind);
  const programme = validProgramme(command.programme);
  if (!facts.personEmployed) {
    throw new DomainError('PERSON_HAS_LEFT', 'This person has left the organisation, so there is nothing to approve.', { personId });
  }
  if (facts.lineManagerId === null) {
    throw new DomainError('NO_LINE_MANAGER', 'This person has no line manager on record; ask an organisation admin to record one first.', { personId });
  }
  const subject = { approvalId, personId, organisationId, kind, programme };
  const data = { ...subject, lineManagerId: facts.lineManagerId, requestedBy: command.requestedBy, requestedAt: command.now.toISOString() };
  return [{ type: 'ApprovalRequested', data }];
}

const alreadyDecided: Record<Exclude<Existing['status'], 'pending'>, string> = {
  approved: 'This request has already been approved.',
  declined: 'This request has already been declined.',
  expired: 'This approval has expired; the person can make a new request.',
  invalidated: "This approval ended when the person's line manager changed; the person can make a new request.",
};

function decidedAs(command: DecideApproval, personId: string): DecidedAs {
  const { facts } = command;
  if (command.decidedBy !== personId) {
    if (facts.isCurrentLineManager) return 'line_manager';
    if (facts.isOrganisationAdminActingForAbsent) return 'organisation_admin_for_absent_manager';
  }
  throw new DomainError('NOT_LINE_MANAGER', "Only the person's current line manager, or an organisation admin acting for an absent one, can decide.", {
    personId,
  });
}

function decide(command: DecideApproval, state: ApprovalState): ApprovalEvent[] {
  const existing = requireExisting(state, command.approvalId);
  if (existing.status !== 'pending') throw new DomainError('ALREADY_DECIDED', alreadyDecided[existing.status], { approvalId: command.approvalId });
  const { subject, lineManagerId } = existing;
  if (!command.facts.personEmployed) {
    throw new DomainError('PERSON_HAS_LEFT', 'This person has left the organisation, so the request can no longer be decided.', { personId: subject.personId });
  }
  const as = decidedAs(command, subject.personId);
  const decision = validDecision(command.decision);
  const decided = { ...subject, lineManagerId, decidedBy: command.decidedBy, decidedAs: as, decidedAt: command.now.toISOString() };
  if (decision === 'decline') {
    return [{ type: 'ApprovalDeclined', data: { ...decided, reason: requireText(command.reason, 'Reason for declining', 1000) } }];
  }
  const expiresAt = expiryAfter(command.now, command.validityMonths).toISOString();
  return [{ type: 'ApprovalGranted', data: { ...decided, reason: optionalText(command.reason, 'Reason', 1000), expiresAt } }];
}

function expire(command: ExpireApproval, state: ApprovalState): ApprovalEvent[] {
  const existing = requireExisting(state, command.approvalId);
  if (existing.status !== 'approved' || command.now.getTime() <= Date.parse(existing.expiresAt)) return [];
  return [{ type: 'ApprovalExpired', data: { ...existing.subject, expiredAt: command.now.toISOString() } }];
}

function invalidate(command: InvalidateOnManagerChange, state: ApprovalState): ApprovalEvent[] {
  const existing = requireExisting(state, command.approvalId);
  if (existing.status !== 'pending' && existing.status !== 'approved') return [];
  const { subject, lineManagerId: previousLineManagerId } = existing;
  const { newLineManagerId, now } = command;
  if (newLineManagerId === previousLineManagerId) return [];
  if (existing.status === 'pending' && newLineManagerId !== null) {
    return [{ type: 'ApprovalRerouted', data: { ...subject, previousLineManagerId, lineManagerId: newLineManagerId, reroutedAt: now.toISOString() } }];
  }
  return [{ type: 'ApprovalInvalidated', data: { ...subject, previousLineManagerId, newLineManagerId, invalidatedAt: now.toISOString() } }];
}

function remind(command: SendReminder, state: ApprovalState): ApprovalEvent[] {
  const days = validReminderDays(command.reminderAfterDays);
  const existing = requireExisting(state, command.approvalId);
  if (existing.status !== 'pending' || !daysHavePassed(existing.lastPromptAt, days, command.now)) return [];
  const { subject, lineManagerId, remindersSent } = existing;
  return [{ type: 'ApprovalReminderSent', data: { ...subject, lineManagerId, reminder: remindersSent + 1, sentAt: command.now.toISOString() } }];
}

export function decideApproval(command: ApprovalCommand, state: ApprovalState): ApprovalEvent[] {
  switch (command.type) {
    case 'RequestApproval':
      return request(command, state);
    case 'DecideApproval':
      return decide(command, state);
    case 'ExpireApproval':
      return expire(command, state);
    case 'InvalidateOnManagerChange':
      return invalidate(command, state);
    case 'SendReminder':
      return remind(command, state);
    default:
      return assertNever(command);
  }
}

export const approvalDecider: Decider<ApprovalCommand, ApprovalEvent, ApprovalState> = {
  decide: decideApproval,
  evolve: evolveApproval,
  initialState: initialApprovalState,
};
