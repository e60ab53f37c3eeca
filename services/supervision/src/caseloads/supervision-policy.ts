/**
 * Every number the caseload, its flags and the fatigue risk depend on, in one place so that a programme can
 * tune them and a test can name them. The defaults follow the programme's commitment (two people, one session
 * a month, six months) and common supervision practice (every six to eight weeks).
 */
export interface SupervisionPolicy {
  /** Places a coach gives when matching has not said otherwise. */
  defaultCapacity: number;
  /** Sessions are monthly: the next is due this many months after the last (or after the start). */
  sessionCadenceMonths: number;
  /** Closed relationships stay on the caseload this long. */
  closedLookbackMonths: number;
  /** Flag a coach who has been at capacity for longer than this. */
  atCapacityMonths: number;
  /** Days after the introduction by which the chemistry meeting should have happened. */
  chemistryMeetingDays: number;
  /** Flag an active relationship with no session for this many weeks. */
  noSessionWeeks: number;
  /** Days past the six-month review (or past an extension's end) before the relationship is flagged. */
  reviewGraceDays: number;
  /** This many cancelled sessions within the window put protected time at risk. */
  cancellationsThreshold: number;
  cancellationWindowDays: number;
  /** This many declined introductions in a row, with no relationship started in between. */
  declinesInARow: number;
  /** Flag a coach with no supervision session for this many weeks. */
  supervisionIntervalWeeks: number;
  /** A check-in totalling less than this (on the 5-25 scale) is flagged. */
  wellbeingThreshold: number;
  fatigue: FatiguePolicy;
}

/** Points each factor adds to the fatigue risk, and where the levels start. */
export interface FatiguePolicy {
  lowWellbeing: number;
  /** A drop of at least `fallingBy` points between the last two check-ins. */
  fallingWellbeing: number;
  fallingBy: number;
  atCapacity: number;
  overCapacity: number;
  /** Each flag (other than low wellbeing, already counted from the check-ins). */
  perFlag: number;
  mediumFrom: number;
  highFrom: number;
}

export const DEFAULT_SUPERVISION_POLICY: SupervisionPolicy = {
  defaultCapacity: 2,
  sessionCadenceMonths: 1,
  closedLookbackMonths: 12,
  atCapacityMonths: 3,
  chemistryMeetingDays: 21,
  noSessionWeeks: 6,
  reviewGraceDays: 14,
  cancellationsThreshold: 3,
  cancellationWindowDays: 90,
  declinesInARow: 3,
  supervisionIntervalWeeks: 8,
  wellbeingThreshold: 13,
  fatigue: { lowWellbeing: 2, fallingWellbeing: 1, fallingBy: 4, atCapacity: 1, overCapacity: 2, perFlag: 1, mediumFrom: 2, highFrom: 4 },
};
