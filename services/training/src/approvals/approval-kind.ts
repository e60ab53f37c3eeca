import type { PractitionerRole } from '../catalogue';

/** What a line manager agrees to: their report practising as a coach or mentor, or being released to be coached. */
export const APPROVAL_KINDS = ['practise_as_coach', 'practise_as_mentor', 'release_for_coaching'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

export function isApprovalKind(value: string): value is ApprovalKind {
  return (APPROVAL_KINDS as readonly string[]).includes(value);
}

/**
 * The approval a practitioner role needs. Supervising internal coaches is coaching practice, and draws on the
 * same protected time, so a supervisor needs the coach's approval.
 */
export const APPROVAL_FOR_ROLE: Record<PractitionerRole, ApprovalKind> = {
  coach: 'practise_as_coach',
  mentor: 'practise_as_mentor',
  supervisor: 'practise_as_coach',
};

/** How long an approval lasts unless configured otherwise; the decision command carries the configured value. */
export const DEFAULT_APPROVAL_VALIDITY_MONTHS = 12;
/** Days without an answer before the line manager is reminded, and between reminders, unless configured. */
export const DEFAULT_REMINDER_AFTER_DAYS = 7;
