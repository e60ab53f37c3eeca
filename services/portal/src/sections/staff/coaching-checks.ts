import type { Problem } from '../../api/api-error';
import { checkDate, type DateParts } from '../../components/date-parts';

/**
 * The checks a form makes before it calls the API, worded as the NHS error messages are. They
 * mirror the API's own rules so a person hears about a slip at once; the API still decides.
 */

/** The programme's commitment: sessions of at most 90 minutes (MAX_SESSION_MINUTES in services/matching/src/relationships/relationship.decider.ts). */
export const MAX_SESSION_MINUTES = 90;
/** Mirrors the goals limit in services/matching/src/requests/request.rules.ts. */
export const MAX_GOALS_LENGTH = 2000;

const problem = (field: string, message: string): Problem => ({ field, message, code: 'BAD_USER_INPUT' });

/** The message beside a field: the first problem naming any of the API's names for it. */
export function fieldError(problems: readonly Problem[], ...fields: string[]): string | undefined {
  return problems.find((item) => item.field !== undefined && fields.includes(item.field))?.message;
}

/** A form's problems, and its dates as the API takes them (YYYY-MM-DD) where they were typed right. */
export type Checked<Dates extends string> = { problems: Problem[] } & Partial<Record<Dates, string>>;

export function checkSession(input: { heldOn: DateParts; minutes: string }, today: string): Checked<'heldOn'> {
  const heldOn = checkDate('heldOn', input.heldOn, { name: 'Date of session', missing: 'Enter the date of the session', todayOr: 'past', today });
  const problems: Problem[] = heldOn.problem ? [heldOn.problem] : [];
  const minutes = input.minutes.trim();
  if (!minutes) problems.push(problem('minutes', 'Enter the length of the session in minutes'));
  else if (!/^\d+$/.test(minutes) || Number(minutes) < 1) problems.push(problem('minutes', 'Length in minutes must be a whole number, like 45'));
  else if (Number(minutes) > MAX_SESSION_MINUTES) problems.push(problem('minutes', `Length in minutes must be ${MAX_SESSION_MINUTES} or fewer`));
  return { problems, heldOn: heldOn.date };
}

export function checkChemistryMeeting(input: DateParts, today: string): Checked<'heldOn'> {
  const heldOn = checkDate('heldOn', input, { name: 'Date of chemistry meeting', missing: 'Enter the date of the chemistry meeting', todayOr: 'past', today });
  return { problems: heldOn.problem ? [heldOn.problem] : [], heldOn: heldOn.date };
}

export function checkCancellation(input: { plannedOn: DateParts; reason: string; rescheduledTo: DateParts }, today: string): Checked<'plannedOn' | 'rescheduledTo'> {
  const plannedOn = checkDate('plannedOn', input.plannedOn, { name: 'Planned date', missing: 'Enter the date the session was planned for' });
  const rescheduledTo = checkDate('rescheduledTo', input.rescheduledTo, { name: 'New date', todayOr: 'future', today });
  const problems: Problem[] = plannedOn.problem ? [plannedOn.problem] : [];
  if (!input.reason) problems.push(problem('reason', 'Select why the session did not happen'));
  if (rescheduledTo.problem) problems.push(rescheduledTo.problem);
  return { problems, plannedOn: plannedOn.date, rescheduledTo: rescheduledTo.date };
}

export function checkRequest(input: { kind: string; programme: string; goals: string }): Problem[] {
  const problems: Problem[] = [];
  if (!input.kind) problems.push(problem('kind', 'Select whether you would like a mentor or a coach'));
  if (!input.programme) problems.push(problem('programme', 'Select a programme'));
  const goals = input.goals.trim();
  if (!goals) problems.push(problem('goals', 'Enter what you would like to work on'));
  else if (goals.length > MAX_GOALS_LENGTH) problems.push(problem('goals', `What you would like to work on must be ${MAX_GOALS_LENGTH} characters or fewer`));
  return problems;
}

/** Topics typed one a line or separated by commas, as the API takes them: trimmed, no blanks. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}
