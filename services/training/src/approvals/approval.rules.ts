import { DomainError } from '@tapestry/eventsourcing';
import type { Programme } from '../catalogue';
import { isProgramme, PROGRAMMES } from '../catalogue';
import { addMonths } from '../common';
import type { ApprovalKind } from './approval-kind';
import { APPROVAL_KINDS, isApprovalKind } from './approval-kind';

const MAX_VALIDITY_MONTHS = 60;
const MAX_REMINDER_DAYS = 90;
const DAY_MS = 86_400_000;

export function validKind(kind: string): ApprovalKind {
  if (!isApprovalKind(kind)) {
    throw new DomainError('BAD_USER_INPUT', `Unknown approval kind "${kind}"; use one of ${APPROVAL_KINDS.join(', ')}.`, { field: 'kind' });
  }
  return kind;
}

export function validProgramme(programme: string): Programme {
  if (!isProgramme(programme)) {
    throw new DomainError('BAD_USER_INPUT', `Unknown programme "${programme}"; use one of ${PROGRAMMES.join(', ')}.`, { field: 'programme' });
  }
  return programme;
}

export function validDecision(decision: string): 'approve' | 'decline' {
  if (decision !== 'approve' && decision !== 'decline') {
    throw new DomainError('BAD_USER_INPUT', `A decision is "approve" or "decline", got "${decision}".`, { field: 'decision' });
  }
  return decision;
}

/** The instant `months` after `from`, at the same time of day. */
export function expiryAfter(from: Date, months: number): Date {
  if (!Number.isInteger(months) || months < 1 || months > MAX_VALIDITY_MONTHS) {
    throw new DomainError('BAD_USER_INPUT', `Approval validity must be 1 to ${MAX_VALIDITY_MONTHS} whole months, got ${months}.`, {
      field: 'validityMonths',
    });
  }
  const iso = from.toISOString();
  return new Date(`${addMonths(iso.slice(0, 10), months)}${iso.slice(10)}`);
}

export function validReminderDays(days: number): number {
  if (!Number.isInteger(days) || days < 1 || days > MAX_REMINDER_DAYS) {
    throw new DomainError('BAD_USER_INPUT', `Remind after 1 to ${MAX_REMINDER_DAYS} whole days, got ${days}.`, { field: 'reminderAfterDays' });
  }
  return days;
}

/** True once `days` whole days have passed since `since`. */
export function daysHavePassed(since: string, days: number, now: Date): boolean {
  return now.getTime() - Date.parse(since) >= days * DAY_MS;
}
