import type { CalendarDate } from '../common';
import type { AccreditationLevel, LevelRequirements } from './ladder';
import { LADDER } from './ladder';

/** A coach's evidence, as totals. */
export interface AccreditationEvidence {
  trainingHours: number;
  practiceHours: number;
  supervisionHours: number;
  cpdHours: number;
  developmentCentre: { averageRating: number; assessedOn: CalendarDate } | null;
}

export type Criterion = 'training_hours' | 'practice_hours' | 'supervision_hours' | 'cpd_hours' | 'development_centre';

export interface CriterionProgress {
  criterion: Criterion;
  required: number;
  achieved: number;
  met: boolean;
}

export interface LevelProgress {
  level: AccreditationLevel;
  ready: boolean;
  criteria: CriterionProgress[];
  /** What is still needed, in words a coach can act on. */
  missing: string[];
}

const HOURS: readonly [Criterion, keyof LevelRequirements & keyof AccreditationEvidence, string][] = [
  ['training_hours', 'trainingHours', 'training'],
  ['practice_hours', 'practiceHours', 'coaching or mentoring'],
  ['supervision_hours', 'supervisionHours', 'supervision'],
  ['cpd_hours', 'cpdHours', 'CPD'],
];

/** How far `evidence` goes towards `level`, criterion by criterion. */
export function progressTowards(level: AccreditationLevel, evidence: AccreditationEvidence, ladder = LADDER): LevelProgress {
  const requirements = ladder[level];
  const criteria: CriterionProgress[] = [];
  const missing: string[] = [];
  for (const [criterion, key, words] of HOURS) {
    const required = requirements[key];
    const achieved = evidence[key];
    criteria.push({ criterion, required, achieved, met: achieved >= required });
    if (achieved < required) missing.push(`${required - achieved} more hours of ${words} (${achieved} of ${required})`);
  }
  const rating = requirements.developmentCentreRating;
  if (rating !== null) {
    const achieved = evidence.developmentCentre?.averageRating ?? 0;
    criteria.push({ criterion: 'development_centre', required: rating, achieved, met: achieved >= rating });
    if (evidence.developmentCentre === null) missing.push(`a development centre assessment averaging at least ${rating}`);
    else if (achieved < rating) missing.push(`a development centre average of at least ${rating} (latest: ${achieved})`);
  }
  return { level, ready: missing.length === 0, criteria, missing };
}
