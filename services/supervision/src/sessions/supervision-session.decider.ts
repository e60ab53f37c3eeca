import { DomainError, type Decider } from '@tapestry/eventsourcing';
import { assertNever, validDate, type CalendarDate } from '@tapestry/domain';
import { SUPERVISION_FORMATS, type SupervisionFormat } from '../arrangements/arrangement.events';
import { SUPERVISION_THEMES, type SuperviseePresent, type SupervisionSessionEvent, type SupervisionTheme } from './supervision-session.events';

/** Shorter is a corridor chat, longer is a training day: neither is a supervision session. */
export const MIN_SESSION_MINUTES = 15;
export const MAX_SESSION_MINUTES = 480;
/** Beyond a day, a length is a typing slip rather than a long session. */
const ABSURD_MINUTES = 24 * 60;
export const MAX_AGREED_ACTIONS = 20;
export const MAX_ACTION_LENGTH = 500;
export const MAX_NOTES_LENGTH = 20_000;

export type SupervisionSessionState =
  | { status: 'absent' }
  | { status: 'logged'; supervisorId: string; heldOn: CalendarDate; superviseeIds: string[]; hasNotes: boolean };

export interface LogSupervisionSession {
  type: 'LogSupervisionSession';
  sessionId: string;
  supervisorId: string;
  format: SupervisionFormat;
  superviseeIds: string[];
  heldOn: string;
  minutes: number;
  themes: string[];
  agreedActions: string[];
  privateNotes: string | null;
  /** The coaches this supervisor supervises now, from the arrangements read model. */
  currentSupervisees: SuperviseePresent[];
  today: CalendarDate;
  now: Date;
}

export type SupervisionSessionCommand = LogSupervisionSession;

function validMinutes(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes <= 0 || minutes > ABSURD_MINUTES) {
    throw new DomainError('BAD_USER_INPUT', `A session lasts a whole number of minutes; ${minutes} is not a length a session can have.`, { field: 'minutes' });
  }
  if (minutes < MIN_SESSION_MINUTES || minutes > MAX_SESSION_MINUTES) {
    throw new DomainError(
      'SESSION_LENGTH_OUT_OF_RANGE',
      `A supervision session lasts ${MIN_SESSION_MINUTES} to ${MAX_SESSION_MINUTES} minutes; got ${minutes}.`,
      { field: 'minutes', min: MIN_SESSION_MINUTES, max: MAX_SESSION_MINUTES },
    );
  }
  return minutes;
}

function validHeldOn(heldOn: string, today: CalendarDate): CalendarDate {
  const day = validDate(heldOn, 'heldOn');
  if (day > today) throw new DomainError('DATE_IN_FUTURE', `A session cannot be logged before it happens (${day} is after today, ${today}).`, { field: 'heldOn' });
  return day;
}

function validSupervisees(command: LogSupervisionSession): SuperviseePresent[] {
  const { format, superviseeIds } = command;
  if (!(SUPERVISION_FORMATS as readonly string[]).includes(format)) {
    throw new DomainError('BAD_USER_INPUT', `A session is one of ${SUPERVISION_FORMATS.join(', ')}; got "${format}".`, { field: 'format' });
  }
  if (new Set(superviseeIds).size !== superviseeIds.length) {
    throw new DomainError('BAD_USER_INPUT', 'Each coach present is listed once.', { field: 'superviseeIds' });
  }
  if (format === 'one_to_one' && superviseeIds.length !== 1) {
    throw new DomainError('BAD_USER_INPUT', `A one-to-one session has exactly one coach; got ${superviseeIds.length}.`, { field: 'superviseeIds' });
  }
  if (format === 'group' && superviseeIds.length === 0) {
    throw new DomainError('BAD_USER_INPUT', 'List the coaches present at the group session.', { field: 'superviseeIds' });
  }
  return superviseeIds.map((coachId) => {
    const supervisee = command.currentSupervisees.find((candidate) => candidate.coachId === coachId);
    if (!supervisee) {
      throw new DomainError('NOT_SUPERVISED', 'You can log sessions only with coaches you supervise; one of those listed is not one of them.', {
        field: 'superviseeIds',
        coachId,
      });
    }
    return { coachId, organisationId: supervisee.organisationId };
  });
}

function validThemes(themes: string[]): SupervisionTheme[] {
  const unknown = themes.filter((theme) => !(SUPERVISION_THEMES as readonly string[]).includes(theme));
  if (unknown.length > 0) {
    throw new DomainError('BAD_USER_INPUT', `Themes come from the list (${SUPERVISION_THEMES.join(', ')}); "${unknown.join('", "')}" is not on it.`, {
      field: 'themes',
    });
  }
  // Kept in the list's order so that two sessions about the same things record the same themes.
  return SUPERVISION_THEMES.filter((theme) => themes.includes(theme));
}

function validActions(actions: string[]): string[] {
  const kept = actions.map((action) => action.trim()).filter((action) => action.length > 0);
  if (kept.length > MAX_AGREED_ACTIONS) {
    throw new DomainError('BAD_USER_INPUT', `Agree at most ${MAX_AGREED_ACTIONS} actions in one session; got ${kept.length}.`, { field: 'agreedActions' });
  }
  if (kept.some((action) => action.length > MAX_ACTION_LENGTH)) {
    throw new DomainError('BAD_USER_INPUT', `Each agreed action is at most ${MAX_ACTION_LENGTH} characters.`, { field: 'agreedActions' });
  }
  return kept;
}

function validNotes(notes: string | null): string | null {
  const kept = notes?.trim() ?? '';
  if (kept.length > MAX_NOTES_LENGTH) {
    throw new DomainError('BAD_USER_INPUT', `Notes are at most ${MAX_NOTES_LENGTH} characters.`, { field: 'privateNotes' });
  }
  return kept.length > 0 ? kept : null;
}

function logSession(command: LogSupervisionSession, state: SupervisionSessionState): SupervisionSessionEvent[] {
  if (state.status !== 'absent') throw new DomainError('CONFLICT', `This session was already logged, for ${state.heldOn}.`, { sessionId: command.sessionId });
  const heldOn = validHeldOn(command.heldOn, command.today);
  const minutes = validMinutes(command.minutes);
  const supervisees = validSupervisees(command);
  const themes = validThemes(command.themes);
  const agreedActions = validActions(command.agreedActions);
  const notes = validNotes(command.privateNotes);
  const { sessionId, supervisorId, format } = command;
  const loggedAt = command.now.toISOString();
  const events: SupervisionSessionEvent[] = [
    { type: 'SupervisionSessionLogged', data: { sessionId, supervisorId, format, supervisees, heldOn, minutes, themes, agreedActions, loggedBy: supervisorId, loggedAt } },
  ];
  if (notes !== null) {
    events.push({ type: 'SupervisionNotesWritten', data: { sessionId, supervisorId, superviseeIds: command.superviseeIds, notes, writtenAt: loggedAt } });
  }
  return events;
}

function decideSession(command: SupervisionSessionCommand, state: SupervisionSessionState): SupervisionSessionEvent[] {
  switch (command.type) {
    case 'LogSupervisionSession':
      return logSession(command, state);
    default:
      return assertNever(command.type);
  }
}

function evolveSession(state: SupervisionSessionState, event: SupervisionSessionEvent): SupervisionSessionState {
  switch (event.type) {
    case 'SupervisionSessionLogged': {
      const { supervisorId, heldOn, supervisees } = event.data;
      return { status: 'logged', supervisorId, heldOn, superviseeIds: supervisees.map(({ coachId }) => coachId), hasNotes: false };
    }
    case 'SupervisionNotesWritten':
      return state.status === 'logged' ? { ...state, hasNotes: true } : state;
    default:
      return assertNever(event);
  }
}

/** One supervision session, one-to-one or group, logged by the supervisor who held it. */
export const supervisionSessionDecider: Decider<SupervisionSessionCommand, SupervisionSessionEvent, SupervisionSessionState> = {
  decide: decideSession,
  evolve: evolveSession,
  initialState: { status: 'absent' },
};

export const supervisionSessionStreamId = (sessionId: string): string => `supervision-session-${sessionId}`;
