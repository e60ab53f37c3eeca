import { DEFAULT_APPROVAL_VALIDITY_MONTHS, DEFAULT_REMINDER_AFTER_DAYS } from '../approvals';

/** How approvals are run: configured per deployment, the same for every organisation for now. */
export interface ApprovalPolicy {
  /** How long a granted approval lasts. */
  validityMonths: number;
  /** Days without an answer before the line manager is reminded, and between reminders. */
  reminderAfterDays: number;
  /** How often the sweep looks for approvals to expire or remind about. */
  sweepIntervalMs: number;
}

/** Injection token for the ApprovalPolicy. */
export const APPROVAL_POLICY = Symbol('APPROVAL_POLICY');

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`${name} must be a whole number from 1 to ${max}, got "${text}".`);
  return value;
}

export function loadApprovalPolicy(env: NodeJS.ProcessEnv = process.env): ApprovalPolicy {
  return {
    validityMonths: wholeNumber(env, 'TAPESTRY_APPROVAL_VALIDITY_MONTHS', DEFAULT_APPROVAL_VALIDITY_MONTHS, 60),
    reminderAfterDays: wholeNumber(env, 'TAPESTRY_APPROVAL_REMINDER_DAYS', DEFAULT_REMINDER_AFTER_DAYS, 90),
    sweepIntervalMs: wholeNumber(env, 'TAPESTRY_APPROVAL_SWEEP_SECONDS', 60, 86_400) * 1000,
  };
}
