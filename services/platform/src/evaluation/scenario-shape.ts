/**
 * The evaluated programme (../shared/seeds/003: a London trust, 2013) and the assumptions the scenario adds to it.
 * The paper gives the first five numbers; everything under ASSUMED is the scenario's own choice, printed with the
 * figures so that nobody reads a measured-back assumption as a finding.
 */
export const EVALUATED_PROGRAMME = {
  /** "170 staff had been trained to be coaches / mentors" */
  trainedCoachesAndMentors: 170,
  /** "an additional 160 staff members putting their names forward" */
  furtherInterest: 160,
  /** "a maximum of two staff members at any one time" */
  maxPeoplePerCoach: 2,
  /** "one session per month lasting no more than 1.5 hours" */
  sessionCapMinutes: 90,
  /** "for a period of no longer than six months" */
  termMonths: 6,
} as const;

export const ASSUMED = {
  /** People asking for a coach or mentor over the year (the paper does not say). */
  coachees: 200,
  /** Staff who never take part, besides the demo trust's own, so that outcomes have a comparison pool. */
  comparisonStaff: 600,
  /** Line managers of the scenario's staff: one per this many. */
  reportsPerManager: 20,
  /** One supervisor per this many coaches and mentors. */
  coachesPerSupervisor: 20,
  /** Share of the trained who practise as mentors rather than coaches. */
  mentorShare: 0.45,
  /** Share of the coaches and mentors who offer a second place (the rest offer one). */
  twoPlaceShare: 0.6,
  /** Share of coaches and mentors with a supervisor arranged. */
  supervisedShare: 0.9,
  /** Share of coachees asking in the first month (the launch); the rest ask evenly over the year. */
  launchShare: 0.45,
  /** An introduction that does not survive the chemistry meeting. */
  declineRate: 0.07,
  /** A planned monthly session that is cancelled; of those, the share moved to the next week. */
  cancellationRate: 0.12,
  rescheduledShare: 0.6,
  /** A relationship closed early (no time, not working, no longer needed). */
  earlyCloseRate: 0.06,
  /** A relationship the lead extends at its six-month review, by two months. */
  extensionRate: 0.08,
  /** Coaches who pause for two months during the year. */
  pauseRate: 0.05,
  /** Monthly chances: leaving the trust, and promotion (a band up; a quarter of them a regrading under the same title). */
  monthlyLeaving: { participant: 0.006, other: 0.011 },
  monthlyPromotion: { participant: 0.014, other: 0.007 },
  /** Monthly chance of a move to another site. */
  monthlySiteMove: 0.003,
  /** Interest registrations: decided by the manager the week after (approved, declined, or left waiting). */
  interestDecision: { approve: 0.85, decline: 0.05 },
} as const;

/** How long the scenario runs: the programme's launch month, then a year of events, ending today. */
export const SCENARIO_WEEKS = 60;

export interface ScenarioCounts {
  coaches: number;
  mentors: number;
  interest: number;
  coachees: number;
  comparison: number;
  managers: number;
  supervisors: number;
}

/** The people the scenario brings into the trust at `scale` (1 is the evaluated programme's size). */
export function scenarioCounts(scale: number): ScenarioCounts {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 4) throw new RangeError(`--scale must be above 0 and at most 4; got ${scale}.`);
  const at = (count: number): number => Math.max(1, Math.round(count * scale));
  const trained = Math.max(2, at(EVALUATED_PROGRAMME.trainedCoachesAndMentors));
  const mentors = Math.max(1, Math.round(trained * ASSUMED.mentorShare));
  const interest = at(EVALUATED_PROGRAMME.furtherInterest);
  const coachees = at(ASSUMED.coachees);
  const comparison = at(ASSUMED.comparisonStaff);
  const supervisors = Math.max(1, Math.ceil(trained / ASSUMED.coachesPerSupervisor));
  const managers = Math.max(2, Math.ceil((trained + interest + coachees + comparison + supervisors) / ASSUMED.reportsPerManager));
  return { coaches: trained - mentors, mentors, interest, coachees, comparison, managers, supervisors };
}
