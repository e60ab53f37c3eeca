import type { Problem } from '../../api/api-error';

/**
 * The checks a form makes before it calls the API, worded as the NHS error messages are. They
 * mirror the API's own rules so a person hears about a slip at once; the API still decides.
 */

/** The programme's commitment: sessions of at most 90 minutes (MAX_SESSION_MINUTES in services/matching/src/relationships/relationship.decider.ts). */
export const MAX_SESSION_MINUTES = 90;
/** Mirrors the goals limit in services/matching/src/requests/request.rules.ts. */
export const MAX_GOALS_LENGTH = 2000;

const problem = (field: string, message: string): Problem => ({ field, message, code: 'BAD_USER_INPUT' });

/** A real calendar day: 30 February would roll over into March, so it is compared back. */
function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The message beside a field: the first problem naming any of the API's names for it. */
export function fieldError(problems: readonly Problem[], ...fields: string[]): string | undefined {
  return problems.find((item) => item.field !== undefined && fields.includes(item.field))?.message;
}

export function checkSession(input: { heldOn: string; minutes: string }, today: string): Problem[] {
  const problems: Problem[] = [];
  if (!input.heldOn) problems.push(problem('heldOn', 'Enter the date of the session'));
  else if (!isDate(input.heldOn)) problems.push(problem('heldOn', 'Date of session must be a real date'));
  else if (input.heldOn > today) problems.push(problem('heldOn', 'Date of session must be today or in the past'));
  const minutes = input.minutes.trim();
  if (!minutes) problems.push(problem('minutes', 'Enter the length of the session in minutes'));
  else if (!/^\d+$/.test(minutes) || Number(minutes) < 1) problems.push(problem('minutes', 'Length in minutes must be a whole number, like 45'));
  else if (Number(minutes) > MAX_SESSION_MINUTES) problems.push(problem('minutes', `Length in minutes must be ${MAX_SESSION_MINUTES} or fewer`));
  return problems;
}

export function checkChemistryMeeting(heldOn: string, today: string): Problem[] {
  if (!heldOn) return [problem('heldOn', 'Enter the date of the chemistry meeting')];
  if (!isDate(heldOn)) return [problem('heldOn', 'Date of chemistry meeting must be a real date')];
  if (heldOn > today) return [problem('heldOn', 'Date of chemistry meeting must be today or in the past')];
  return [];
}

export function checkCancellation(input: { plannedOn: string; reason: string; rescheduledTo: string }, today: string): Problem[] {
  const problems: Problem[] = [];
  if (!input.plannedOn) problems.push(problem('plannedOn', 'Enter the date the session was planned for'));
  else if (!isDate(input.plannedOn)) problems.push(problem('plannedOn', 'Planned date must be a real date'));
  if (!input.reason) problems.push(problem('reason', 'Select why the session did not happen'));
  if (input.rescheduledTo) {
    if (!isDate(input.rescheduledTo)) problems.push(problem('rescheduledTo', 'New date must be a real date'));
    else if (input.rescheduledTo < today) problems.push(problem('rescheduledTo', 'New date must be today or in the future'));
  }
  return problems;
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
