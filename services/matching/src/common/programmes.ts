import { DomainError } from '@tapestry/eventsourcing';
import { PROGRAMMES, type Programme, type SupportKind } from '../optimiser/round.types';

export { PROGRAMMES };
export type { Programme, SupportKind };

/** How a programme is named to people, in mail and reasons. */
export const PROGRAMME_NAMES: Record<Programme, string> = {
  GENERAL: 'coaching and mentoring',
  BAME_CAREER_PROGRESSION: 'BAME career progression mentoring',
  RETURNERS: "returners' mentoring",
  NEW_BOARD_DIRECTORS: 'new board directors mentoring',
  ETHICAL_MENTORING: 'ethical mentoring',
  TEAM_COACHING: 'team coaching',
};

export function validProgramme(value: string): Programme {
  if (!(PROGRAMMES as readonly string[]).includes(value)) {
    throw new DomainError('BAD_USER_INPUT', `Programme must be one of ${PROGRAMMES.join(', ')}; got "${value}".`, { field: 'programme' });
  }
  return value as Programme;
}

/** The person who gives the support: a coach coaches, a mentor mentors. */
export function giverWord(kind: SupportKind): 'coach' | 'mentor' {
  return kind === 'coaching' ? 'coach' : 'mentor';
}

/** The person who receives it. */
export function receiverWord(kind: SupportKind): 'coachee' | 'mentee' {
  return kind === 'coaching' ? 'coachee' : 'mentee';
}
