import type { Option } from '../components/fields';
import { sentenceCase } from './phrases';

/**
 * The programmes as the services know them (matching's MatchingProgramme, training's Programme), and their names.
 * A lead, supervisor or analyst reads the short names; a member of staff choosing or following their own support reads
 * the plainer descriptions.
 */

export const PROGRAMMES = ['GENERAL', 'BAME_CAREER_PROGRESSION', 'RETURNERS', 'NEW_BOARD_DIRECTORS', 'ETHICAL_MENTORING', 'TEAM_COACHING'] as const;
export type Programme = (typeof PROGRAMMES)[number];

export const isProgramme = (value: string | null | undefined): value is Programme => PROGRAMMES.includes(value as Programme);

const NAMES: Record<Programme, string> = {
  GENERAL: 'General coaching and mentoring',
  BAME_CAREER_PROGRESSION: 'BAME career progression',
  RETURNERS: 'Returners',
  NEW_BOARD_DIRECTORS: 'New board directors',
  ETHICAL_MENTORING: 'Ethical mentoring',
  TEAM_COACHING: 'Team coaching',
};

const DESCRIPTIONS: Record<Programme, string> = {
  GENERAL: 'General coaching and mentoring',
  BAME_CAREER_PROGRESSION: 'Career progression for Black, Asian and minority ethnic staff',
  RETURNERS: 'Returning to work',
  NEW_BOARD_DIRECTORS: 'New board directors',
  ETHICAL_MENTORING: 'Ethical mentoring',
  TEAM_COACHING: 'Team coaching',
};

/** The short name; a programme the portal does not know yet reads as a phrase rather than as its code. */
export function programmeName(programme: string): string {
  const code = programme.toUpperCase();
  return isProgramme(code) ? NAMES[code] : sentenceCase(programme);
}

/** The programmes to choose from, by short name. */
export const PROGRAMME_OPTIONS: readonly Option[] = PROGRAMMES.map((value) => ({ value, label: NAMES[value] }));

/** The plainer words a member of staff reads; a programme the portal does not know yet shows as the API gives it. */
export const programmeDescription = (programme: string): string => (isProgramme(programme) ? DESCRIPTIONS[programme] : programme);

/** The programmes a member of staff chooses from, in the plainer words. */
export const PROGRAMME_DESCRIPTIONS: readonly Option[] = PROGRAMMES.map((value) => ({ value, label: DESCRIPTIONS[value] }));

