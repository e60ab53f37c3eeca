/**
 * The competence categories a real play is assessed against, after the EMCC's eight. Closed, so that ratings are
 * comparable between assessments and a repeat assessment can show change per competency.
 */
export const COMPETENCIES = [
  'understanding_self',
  'commitment_to_self_development',
  'managing_the_contract',
  'building_the_relationship',
  'enabling_insight_and_learning',
  'outcome_and_action_orientation',
  'use_of_models_and_techniques',
  'evaluation',
] as const;
export type Competency = (typeof COMPETENCIES)[number];

export const COMPETENCY_LABELS: Record<Competency, string> = {
  understanding_self: 'Understanding self',
  commitment_to_self_development: 'Commitment to self-development',
  managing_the_contract: 'Managing the contract',
  building_the_relationship: 'Building the relationship',
  enabling_insight_and_learning: 'Enabling insight and learning',
  outcome_and_action_orientation: 'Outcome and action orientation',
  use_of_models_and_techniques: 'Use of models and techniques',
  evaluation: 'Evaluation',
};

export function isCompetency(value: string): value is Competency {
  return (COMPETENCIES as readonly string[]).includes(value);
}

/** 1 not yet evident, 2 developing, 3 competent, 4 strong. */
export const MIN_RATING = 1;
export const MAX_RATING = 4;
