/**
 * The programmes a trust or consortium runs (DOMAIN.md, "The wider field"). Closed on purpose: eligibility is
 * computed per programme and published to matching, so a new programme is a deliberate, versioned change.
 */
export const PROGRAMMES = [
  'general',
  'bame_career_progression',
  'returners',
  'new_board_directors',
  'ethical_mentoring',
  'team_coaching',
] as const;
export type Programme = (typeof PROGRAMMES)[number];

export const PROGRAMME_LABELS: Record<Programme, string> = {
  general: 'General coaching and mentoring',
  bame_career_progression: 'BAME career-progression mentoring',
  returners: "Returners' mentoring",
  new_board_directors: 'Mentoring for new board directors',
  ethical_mentoring: 'Ethical mentoring',
  team_coaching: 'Team coaching',
};

export function isProgramme(value: string): value is Programme {
  return (PROGRAMMES as readonly string[]).includes(value);
}

/** The ways one can practise in a programme; one person may hold several. */
export const PRACTITIONER_ROLES = ['coach', 'mentor', 'supervisor'] as const;
export type PractitionerRole = (typeof PRACTITIONER_ROLES)[number];

export function isPractitionerRole(value: string): value is PractitionerRole {
  return (PRACTITIONER_ROLES as readonly string[]).includes(value);
}

/** What a course qualifies a person for: one programme in one role. */
export interface Qualification {
  programme: Programme;
  role: PractitionerRole;
}

export function sameQualification(a: Qualification, b: Qualification): boolean {
  return a.programme === b.programme && a.role === b.role;
}
