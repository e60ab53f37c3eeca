import { DomainError } from '@tapestry/eventsourcing';
import { londonDateOf, requireText, validDate } from '../common';
import type { CalendarDate } from '../common';
import type { Competency } from './competencies';
import { COMPETENCIES, isCompetency, MAX_RATING, MIN_RATING } from './competencies';
import type { CompetencyRatingInput } from './development.commands';
import type { CompetencyRating } from './development.events';

export function validCompetency(value: string): Competency {
  if (!isCompetency(value)) {
    throw new DomainError('BAD_USER_INPUT', `Unknown competency "${value}"; use one of ${COMPETENCIES.join(', ')}.`, { field: 'competency' });
  }
  return value;
}

export function validPastDate(value: string, field: string, now: Date): CalendarDate {
  const date = validDate(value, field);
  if (date > londonDateOf(now)) throw new DomainError('BAD_USER_INPUT', `${field} ${date} is in the future.`, { field });
  return date;
}

/** At least one assessor, each once, and never the coach being assessed. */
export function validAssessors(assessors: readonly string[], personId: string): string[] {
  const unique = [...new Set(assessors.map((assessor) => requireText(assessor, 'Assessor')))];
  if (unique.length === 0) throw new DomainError('BAD_USER_INPUT', 'An assessment needs at least one assessor.', { field: 'assessors' });
  if (unique.includes(personId)) {
    throw new DomainError('BAD_USER_INPUT', 'A coach cannot assess their own real play.', { field: 'assessors' });
  }
  return unique;
}

/** Every competency rated exactly once, 1 to 4, with written feedback; returned in the framework's order. */
export function validRatings(ratings: readonly CompetencyRatingInput[]): CompetencyRating[] {
  const byCompetency = new Map<Competency, CompetencyRating>();
  for (const input of ratings) {
    const competency = validCompetency(input.competency);
    if (byCompetency.has(competency)) {
      throw new DomainError('BAD_USER_INPUT', `"${competency}" is rated twice.`, { field: 'ratings' });
    }
    if (!Number.isInteger(input.rating) || input.rating < MIN_RATING || input.rating > MAX_RATING) {
      throw new DomainError('BAD_USER_INPUT', `Rate "${competency}" from ${MIN_RATING} to ${MAX_RATING}, got ${input.rating}.`, { field: 'ratings' });
    }
    byCompetency.set(competency, { competency, rating: input.rating, feedback: requireText(input.feedback, `Feedback on ${competency}`, 2000) });
  }
  const missing = COMPETENCIES.filter((competency) => !byCompetency.has(competency));
  if (missing.length > 0) {
    throw new DomainError('BAD_USER_INPUT', `Rate every competency; missing: ${missing.join(', ')}.`, { field: 'ratings', missing });
  }
  return COMPETENCIES.map((competency) => byCompetency.get(competency) as CompetencyRating);
}

export function averageOf(ratings: readonly CompetencyRating[]): number {
  return ratings.reduce((sum, { rating }) => sum + rating, 0) / ratings.length;
}
