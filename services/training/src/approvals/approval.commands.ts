export interface RequestApproval {
  type: 'RequestApproval';
  approvalId: string;
  personId: string;
  organisationId: string;
  kind: string;
  programme: string;
  requestedBy: string;
  now: Date;
  /** From identity's events, as this service's read model holds them. */
  facts: { lineManagerId: string | null; personEmployed: boolean };
}

export interface DecideApproval {
  type: 'DecideApproval';
  approvalId: string;
  decision: string;
  /** Required to decline, so the person knows why. */
  reason?: string | null;
  decidedBy: string;
  /** Configured policy: how long an approval lasts. */
  validityMonths: number;
  now: Date;
  facts: {
    /** `decidedBy` is the person's line manager now (not when the request was made). */
    isCurrentLineManager: boolean;
    /** `decidedBy` is an organisation admin deciding because the line manager is absent. */
    isOrganisationAdminActingForAbsent: boolean;
    personEmployed: boolean;
  };
}

/** Sent by a sweep; an approval whose validity has not passed is left alone. */
export interface ExpireApproval {
  type: 'ExpireApproval';
  approvalId: string;
  now: Date;
}

/** Sent when identity records a new line manager for the person. */
export interface InvalidateOnManagerChange {
  type: 'InvalidateOnManagerChange';
  approvalId: string;
  newLineManagerId: string | null;
  now: Date;
}

/** Sent by a sweep; reminds only when `reminderAfterDays` have passed since the request or the last reminder. */
export interface SendReminder {
  type: 'SendReminder';
  approvalId: string;
  reminderAfterDays: number;
  now: Date;
}

export type ApprovalCommand = RequestApproval | DecideApproval | ExpireApproval | InvalidateOnManagerChange | SendReminder;
