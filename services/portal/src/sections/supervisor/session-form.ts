import type { Problem } from '../../api/api-error';

/** The themes a supervision session can be about: mirrors SUPERVISION_THEMES in services/supervision/src/sessions/supervision-session.events.ts. */
export const SUPERVISION_THEMES = [
  'BOUNDARIES',
  'ETHICS',
  'CONTRACTING',
  'WELLBEING',
  'SKILLS',
  'CASELOAD',
  'ENDINGS',
  'SAFEGUARDING',
  'SELF_CARE',
  'DIFFERENCE_AND_DIVERSITY',
  'ORGANISATIONAL_CONTEXT',
  'PROFESSIONAL_DEVELOPMENT',
] as const;

/** Mirror MIN_SESSION_MINUTES and MAX_SESSION_MINUTES in services/supervision/src/sessions/supervision-session.decider.ts. */
export const MIN_MINUTES = 15;
export const MAX_MINUTES = 480;

export interface SessionForm {
  format: '' | 'ONE_TO_ONE' | 'GROUP';
  superviseeIds: string[];
  day: string;
  month: string;
  year: string;
  minutes: string;
  themes: string[];
  /** One agreed action a line. */
  agreedActions: string;
  privateNotes: string;
}

export const EMPTY_SESSION_FORM: SessionForm = { format: '', superviseeIds: [], day: '', month: '', year: '', minutes: '', themes: [], agreedActions: '', privateNotes: '' };

export interface SessionInput {
  format: 'ONE_TO_ONE' | 'GROUP';
  superviseeIds: string[];
  heldOn: string;
  minutes: number;
  themes: string[];
  agreedActions: string[];
  privateNotes: string | null;
}

/** Each API field's input on the form, for the error summary's links. */
export const SESSION_FIELD_IDS: Record<string, string> = {
  format: 'format',
  superviseeIds: 'coaches',
  heldOn: 'held-on-day',
  minutes: 'minutes',
  themes: 'themes',
  agreedActions: 'agreed-actions',
  privateNotes: 'private-notes',
};

function dateFrom(day: string, month: string, year: string): string | undefined {
  if (![day, month, year].every((part) => /^\d+$/.test(part.trim())) || year.trim().length !== 4) return undefined;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * The form checked as the service would check it, so the person hears about every missing answer at once;
 * the input to send when there are no problems.
 */
export function checkSessionForm(form: SessionForm, today: string): { problems: Problem[]; input?: SessionInput } {
  const problems: Problem[] = [];
  const problem = (field: string, message: string) => problems.push({ message, code: 'BAD_USER_INPUT', field });
  if (!form.format) problem('format', 'Select whether the session was one to one or a group');
  if (form.superviseeIds.length === 0) problem('superviseeIds', 'Select the coaches who were at the session');
  else if (form.format === 'ONE_TO_ONE' && form.superviseeIds.length !== 1) problem('superviseeIds', 'A one-to-one session has exactly one coach: select one, or choose group');
  const heldOn = dateFrom(form.day, form.month, form.year);
  if (!form.day.trim() && !form.month.trim() && !form.year.trim()) problem('heldOn', 'Enter the date the session was held');
  else if (!heldOn) problem('heldOn', 'The date the session was held must be a real date, for example 27 3 2026');
  else if (heldOn > today) problem('heldOn', 'The date the session was held must be today or in the past');
  const minutes = Number(form.minutes.trim());
  if (!form.minutes.trim()) problem('minutes', 'Enter how long the session lasted, in minutes');
  else if (!Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) problem('minutes', `How long the session lasted must be a whole number of minutes from ${MIN_MINUTES} to ${MAX_MINUTES}`);
  if (problems.length || !heldOn || !form.format) return { problems };
  const agreedActions = form.agreedActions
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    problems,
    input: { format: form.format, superviseeIds: form.superviseeIds, heldOn, minutes, themes: form.themes, agreedActions, privateNotes: form.privateNotes.trim() || null },
  };
}
