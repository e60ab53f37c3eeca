/** How the lead's pages put API values into words people read. */

/** How long a request has waited, from the API's whole-days figure. */
export function formatWaiting(waitingDays: number): string {
  const days = Math.floor(waitingDays);
  if (days < 1) return 'Less than a day';
  return days === 1 ? '1 day' : `${days} days`;
}

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
