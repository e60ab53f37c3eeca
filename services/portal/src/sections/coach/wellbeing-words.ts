import type { Problem } from '../../api/api-error';
import type { Option } from '../../components/fields';

/**
 * The wellbeing check-in as the supervision service defines it (services/supervision/src/wellbeing): five
 * statements about the last two weeks, each answered 1 to 5, higher meaning better, totalling 5 to 25.
 */
export const WELLBEING_ITEMS = ['energy', 'coping', 'detachment', 'support', 'growth'] as const;
export type WellbeingItem = (typeof WELLBEING_ITEMS)[number];

export const WELLBEING_STATEMENTS: Record<WellbeingItem, string> = {
  energy: 'I have had energy to spare for the people I support.',
  coping: 'I have been dealing with problems well.',
  detachment: 'I have been able to put coaching conversations down when a session ends.',
  support: 'I have felt supported by colleagues and by my supervisor.',
  growth: 'My own development has been getting attention.',
};

const UNANSWERED: Record<WellbeingItem, string> = {
  energy: 'Select how often you have had energy to spare for the people you support',
  coping: 'Select how often you have been dealing with problems well',
  detachment: 'Select how often you have been able to put coaching conversations down',
  support: 'Select how often you have felt supported by colleagues and your supervisor',
  growth: 'Select how often your own development has been getting attention',
};

export const FREQUENCIES: readonly Option[] = [
  { value: '1', label: 'None of the time' },
  { value: '2', label: 'Rarely' },
  { value: '3', label: 'Some of the time' },
  { value: '4', label: 'Often' },
  { value: '5', label: 'All of the time' },
];

/** The longest note the service keeps with a check-in (MAX_CHECK_IN_TEXT in services/supervision/src/wellbeing/wellbeing.decider.ts). */
export const MAX_NOTE_LENGTH = 4000;
export const MAX_TOTAL = 25;
/** The supervision service's default policy (wellbeingThreshold in services/supervision/src/caseloads/supervision-policy.ts): a total below this flags the coach's caseload to their supervisor. */
export const LOW_WELLBEING_BELOW = 13;

export type Answers = Partial<Record<WellbeingItem, string>>;

/** The input id of each statement's first radio, where its error summary link lands. */
export const itemFieldId = (item: WellbeingItem): string => `wellbeing-${item}`;

/** Every statement answered, and the note short enough: the service's own rules, said before it is asked. */
export function checkCheckIn(answers: Answers, note: string): Problem[] {
  const problems: Problem[] = WELLBEING_ITEMS.filter((item) => !FREQUENCIES.some((option) => option.value === answers[item])).map((item) => ({
    field: `scores.${item}`,
    message: UNANSWERED[item],
    code: 'BAD_USER_INPUT',
  }));
  if (note.trim().length > MAX_NOTE_LENGTH) problems.push({ field: 'text', message: `Your note must be ${MAX_NOTE_LENGTH.toLocaleString('en-GB')} characters or fewer`, code: 'BAD_USER_INPUT' });
  return problems;
}

/** The answers as the API takes them; only called once every statement is answered. */
export function scoresOf(answers: Answers): Record<WellbeingItem, number> {
  return Object.fromEntries(WELLBEING_ITEMS.map((item) => [item, Number(answers[item])])) as Record<WellbeingItem, number>;
}

/** A check-in's total in words, with what it means for the coach's supervisor. */
export function totalWords(total: number): { score: string; meaning: string; low: boolean } {
  const low = total < LOW_WELLBEING_BELOW;
  return { score: `${total} out of ${MAX_TOTAL}`, meaning: low ? 'Low: your supervisor is prompted to talk with you' : 'No prompt to your supervisor', low };
}
