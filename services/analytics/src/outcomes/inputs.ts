/**
 * What the outcome comparisons read, as loaded from PostgreSQL by the caller. Dates are `YYYY-MM-DD` days.
 */

/** One stretch of a person's employment at one organisation with one band, job title and staff group. */
export interface EmploymentSpell {
  personId: string;
  organisationId: string;
  staffGroup: string;
  band: string;
  jobTitle: string;
  /** First day of the spell. */
  from: string;
  /** Exclusive end: the day the next spell starts, or the leaving date (the first day no longer employed). Null while ongoing. */
  to: string | null;
  /** The person's start date with the organisation. */
  serviceStart: string;
  /** True when the spell ended because the person left the organisation. */
  left: boolean;
}

export type Role = 'coachee' | 'mentee' | 'coach' | 'mentor';
export const ROLES: readonly Role[] = ['coachee', 'mentee', 'coach', 'mentor'];

/** A person's taking part in one role of one programme; `startedOn` is the day their first relationship in it began. */
export interface Participation {
  personId: string;
  role: Role;
  programme: string;
  startedOn: string;
}

export type TrialArm = 'none' | 'coachbot' | 'coachbot_plus_coach' | 'coach';
export const TRIAL_ARMS: readonly TrialArm[] = ['none', 'coachbot', 'coachbot_plus_coach', 'coach'];

export interface TrialAssignment {
  trialId: string;
  arm: TrialArm;
  personId: string;
  assignedOn: string;
}
