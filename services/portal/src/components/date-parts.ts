import type { Problem } from '../api/api-error';

/** What the three boxes of a date input hold, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** The stable code for each way a date can be wrong, beside the message a person reads. */
export type DateErrorCode = 'DATE_MISSING' | 'DATE_INCOMPLETE' | 'DATE_NOT_REAL' | 'DATE_YEAR_NOT_FOUR_NUMBERS' | 'DATE_OUT_OF_RANGE';

/** A date field's problem, naming the boxes the design system highlights for it. */
export interface DateProblem extends Problem {
  code: DateErrorCode;
  field: string;
  boxes: readonly DatePart[];
}

export type DateRules = {
  /** The field as the messages name it, capitalised: "Date of session". */
  name: string;
  /** Said when all three boxes are empty, such as "Enter the date of the session"; without it the date is optional. */
  missing?: string;
} & ({ todayOr?: undefined } | { todayOr: 'past' | 'future'; today: string });

export type DateCheck = { date: string | undefined; problem?: undefined } | { date?: undefined; problem: DateProblem };

/** The id of a date input's day box: where the error summary's link for the date goes. */
export const firstBoxId = (id: string): string => `${id}-day`;

const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

function daysIn(month: number, year: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const upTo = (text: string, highest: number): boolean => /^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= highest;

/** Whether a box on its own holds a value a date could have; the year's length is checked apart, with its own message. */
const POSSIBLE: Record<DatePart, (text: string) => boolean> = {
  day: (text) => upTo(text, 31),
  month: (text) => upTo(text, 12),
  year: (text) => /^\d+$/.test(text),
};

/**
 * The boxes as a YYYY-MM-DD day, or the one problem to tell the person, worded as the NHS date input's error
 * messages are: nothing entered, a part missing, a date that cannot exist, then one outside the range allowed.
 */
export function checkDate(field: string, parts: DateParts, rules: DateRules): DateCheck {
  const fail = (code: DateErrorCode, message: string, boxes: readonly DatePart[]): DateCheck => ({ problem: { field, code, message, boxes } });
  const typed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const empty = DATE_PARTS.filter((part) => !typed[part]);
  if (empty.length === DATE_PARTS.length) return rules.missing ? fail('DATE_MISSING', rules.missing, DATE_PARTS) : { date: undefined };
  if (empty.length) return fail('DATE_INCOMPLETE', `${rules.name} must include a ${empty.join(' and ')}`, empty);

  const wrong = DATE_PARTS.filter((part) => !POSSIBLE[part](typed[part]));
  if (wrong.length) return fail('DATE_NOT_REAL', `${rules.name} must be a real date`, wrong);
  if (typed.year.length !== 4) return fail('DATE_YEAR_NOT_FOUR_NUMBERS', `${rules.name} must include a year with 4 numbers`, ['year']);
  const [day, month, year] = [Number(typed.day), Number(typed.month), Number(typed.year)];
  // 31 February: each box holds a possible value, but together they name no day.
  if (year < 1000 || day > daysIn(month, year)) return fail('DATE_NOT_REAL', `${rules.name} must be a real date`, DATE_PARTS);

  const date = `${typed.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (rules.todayOr === 'past' && date > rules.today) return fail('DATE_OUT_OF_RANGE', `${rules.name} must be today or in the past`, DATE_PARTS);
  if (rules.todayOr === 'future' && date < rules.today) return fail('DATE_OUT_OF_RANGE', `${rules.name} must be today or in the future`, DATE_PARTS);
  return { date };
}

/** A YYYY-MM-DD day as a person would type it in the boxes (2026-03-07 is 7, 3, 2026); anything else leaves them empty. */
export function datePartsOf(date: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' } : EMPTY_DATE;
}

const isDateProblem = (problem: Problem): problem is DateProblem => 'boxes' in problem && Array.isArray(problem.boxes);

/**
 * The boxes to highlight for the first problem about any of these fields: the ones a date check named, or none
 * known (the API's problems name only the field), which the date input takes as all three.
 */
export function boxesInError(problems: readonly Problem[], ...fields: string[]): readonly DatePart[] | undefined {
  const problem = problems.find((candidate) => candidate.field !== undefined && fields.includes(candidate.field));
  return problem && isDateProblem(problem) ? problem.boxes : undefined;
}
