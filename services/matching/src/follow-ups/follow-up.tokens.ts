/** Injection token for the Mailer follow-ups send with (SMTP in the running service, the same in tests). */
export const MAILER = Symbol('MAILER');

/** Injection token for FollowUpOptions. */
export const FOLLOW_UP_OPTIONS = Symbol('FOLLOW_UP_OPTIONS');

export interface FollowUpOptions {
  /** How often the scheduler looks for due deadlines; 0 leaves it to callers of runDue (tests). */
  pollIntervalMs: number;
  /** Linked from mails so people can answer in the portal. */
  portalUrl: string | null;
}
