/** How the lead's pages put API values into words people read. */

const LONDON = 'Europe/London';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: LONDON });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: LONDON });

/** "3 March 2026" for an ISO date (YYYY-MM-DD, a London calendar date) or an instant (shown as the London date). */
export function formatDate(value: string): string {
  const calendarDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
  // A bare date is a London calendar day: read it at midday UTC so no zone moves it to another day.
  const date = new Date(calendarDate ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** "3 March 2026 at 12:30", London time. */
export function formatDateTime(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : `${dateFormat.format(date)} at ${timeFormat.format(date)}`;
}

/** How long a request has waited, from the API's whole-days figure. */
export function formatWaiting(waitingDays: number): string {
  const days = Math.floor(waitingDays);
  if (days < 1) return 'Less than a day';
  return days === 1 ? '1 day' : `${days} days`;
}

export const PROGRAMMES = ['GENERAL', 'BAME_CAREER_PROGRESSION', 'RETURNERS', 'NEW_BOARD_DIRECTORS', 'ETHICAL_MENTORING', 'TEAM_COACHING'] as const;
export type MatchingProgramme = (typeof PROGRAMMES)[number];

const PROGRAMME_NAMES: Record<MatchingProgramme, string> = {
  GENERAL: 'General coaching and mentoring',
  BAME_CAREER_PROGRESSION: 'BAME career progression',
  RETURNERS: 'Returners',
  NEW_BOARD_DIRECTORS: 'New board directors',
  ETHICAL_MENTORING: 'Ethical mentoring',
  TEAM_COACHING: 'Team coaching',
};

export function programmeName(programme: string): string {
  return PROGRAMME_NAMES[programme as MatchingProgramme] ?? programme;
}

export const isProgramme = (value: string | null | undefined): value is MatchingProgramme => PROGRAMMES.includes(value as MatchingProgramme);

export function supportKindName(kind: string): string {
  if (kind === 'COACHING') return 'Coaching';
  if (kind === 'MENTORING') return 'Mentoring';
  return kind;
}

const FOLLOW_UP_KINDS: Record<string, string> = {
  chemistry_follow_up: 'Follow up the chemistry meeting',
  coach_answer: 'Coach or mentor to answer an introduction',
  session_nudge: 'Reminder to hold a session',
  six_month_check: 'Six-month check',
};

export function followUpKindName(kind: string): string {
  return FOLLOW_UP_KINDS[kind] ?? kind.replace(/_/g, ' ');
}

/** Meeting formats as the pool records them (in_person, remote), in words. */
export function formatNames(formats: readonly string[]): string {
  const words = formats.map((format) => (format === 'in_person' ? 'in person' : format.replace(/_/g, ' ')));
  return words.length ? words.join(', ') : 'No preference';
}

/** A score to one decimal place, as the round's proposals show it. */
export function formatScore(score: number): string {
  return score.toFixed(1);
}
