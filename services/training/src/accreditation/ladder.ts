/**
 * A ladder of accreditation levels named after the EMCC's (Foundation, Practitioner, Senior Practitioner, Master
 * Practitioner). The thresholds below are this platform's configurable policy for internal NHS coaches and
 * mentors, sized to the programme's commitment (two people, one 1.5-hour session a month each); they are NOT the
 * EMCC's official figures. All are cumulative totals over a coach's record.
 */
export const ACCREDITATION_LEVELS = ['foundation', 'practitioner', 'senior_practitioner', 'master_practitioner'] as const;
export type AccreditationLevel = (typeof ACCREDITATION_LEVELS)[number];

export function isAccreditationLevel(value: string): value is AccreditationLevel {
  return (ACCREDITATION_LEVELS as readonly string[]).includes(value);
}

export interface LevelRequirements {
  trainingHours: number;
  /** Coaching and mentoring practice together. */
  practiceHours: number;
  supervisionHours: number;
  cpdHours: number;
  /** Minimum average competency rating (1 to 4) at the latest development centre; null when none is needed. */
  developmentCentreRating: number | null;
}

export const LADDER: Record<AccreditationLevel, LevelRequirements> = {
  // The foundation day plus about six months' practice with two people.
  foundation: { trainingHours: 6, practiceHours: 12, supervisionHours: 2, cpdHours: 0, developmentCentreRating: null },
  // Around two years of steady practice, a development centre showing every competency mostly in place.
  practitioner: { trainingHours: 20, practiceHours: 60, supervisionHours: 8, cpdHours: 16, developmentCentreRating: 2.5 },
  senior_practitioner: { trainingHours: 45, practiceHours: 180, supervisionHours: 20, cpdHours: 40, developmentCentreRating: 3 },
  master_practitioner: { trainingHours: 80, practiceHours: 400, supervisionHours: 40, cpdHours: 80, developmentCentreRating: 3.5 },
};

/** The level after `current`; the first level when there is none; undefined at the top. */
export function nextLevel(current: AccreditationLevel | null): AccreditationLevel | undefined {
  return current === null ? ACCREDITATION_LEVELS[0] : ACCREDITATION_LEVELS[ACCREDITATION_LEVELS.indexOf(current) + 1];
}

export function levelRank(level: AccreditationLevel | null): number {
  return level === null ? 0 : ACCREDITATION_LEVELS.indexOf(level) + 1;
}
