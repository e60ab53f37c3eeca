import { DomainError, type Decider } from '@tapestry/eventsourcing';
import { assertNever, type CalendarDate } from '@tapestry/domain';
import type { PauseEvent } from './pause.events';

export const MAX_REASON_LENGTH = 1_000;

export type PauseState =
  | { status: 'never_paused' }
  | { status: 'paused'; coachId: string; pausedBy: string; reason: string; pausedOn: CalendarDate }
  | { status: 'resumed'; coachId: string; resumedOn: CalendarDate };

interface ByTheSupervisor {
  coachId: string;
  organisationId: string;
  actorId: string;
  /** From the arrangements read model: the actor supervises this coach now. */
  actorSupervisesCoach: boolean;
  today: CalendarDate;
  now: Date;
}

export type PauseCommand = ({ type: 'PauseCoach'; reason: string } & ByTheSupervisor) | ({ type: 'ResumeCoach'; note: string | null } & ByTheSupervisor);

function requireSupervisor(command: ByTheSupervisor, action: string): void {
  if (!command.actorSupervisesCoach) throw new DomainError('FORBIDDEN', `Only the coach’s supervisor can ${action} them.`, { coachId: command.coachId });
}

function text(value: string | null, field: string): string {
  const kept = value?.trim() ?? '';
  if (kept.length > MAX_REASON_LENGTH) throw new DomainError('BAD_USER_INPUT', `Keep the ${field} to ${MAX_REASON_LENGTH} characters.`, { field });
  return kept;
}

function pause(command: Extract<PauseCommand, { type: 'PauseCoach' }>, state: PauseState): PauseEvent[] {
  requireSupervisor(command, 'pause');
  if (state.status === 'paused') throw new DomainError('ALREADY_PAUSED', `This coach has been paused since ${state.pausedOn}; resume them first.`, { coachId: command.coachId });
  const reason = text(command.reason, 'reason');
  if (reason.length === 0) throw new DomainError('BAD_USER_INPUT', 'Say why the coach is paused; the coach and programme lead will see it.', { field: 'reason' });
  const { coachId, organisationId } = command;
  return [{ type: 'CoachPausedBySupervisor', data: { coachId, organisationId, pausedBy: command.actorId, reason, pausedOn: command.today, pausedAt: command.now.toISOString() } }];
}

function resume(command: Extract<PauseCommand, { type: 'ResumeCoach' }>, state: PauseState): PauseEvent[] {
  requireSupervisor(command, 'resume');
  if (state.status !== 'paused') throw new DomainError('NOT_PAUSED', 'This coach is not paused.', { coachId: command.coachId });
  const note = text(command.note, 'note') || null;
  const { coachId, organisationId } = command;
  return [{ type: 'CoachResumedBySupervisor', data: { coachId, organisationId, resumedBy: command.actorId, note, resumedOn: command.today, resumedAt: command.now.toISOString() } }];
}

function decidePause(command: PauseCommand, state: PauseState): PauseEvent[] {
  switch (command.type) {
    case 'PauseCoach':
      return pause(command, state);
    case 'ResumeCoach':
      return resume(command, state);
    default:
      return assertNever(command);
  }
}

function evolvePause(_state: PauseState, event: PauseEvent): PauseState {
  switch (event.type) {
    case 'CoachPausedBySupervisor': {
      const { coachId, pausedBy, reason, pausedOn } = event.data;
      return { status: 'paused', coachId, pausedBy, reason, pausedOn };
    }
    case 'CoachResumedBySupervisor':
      return { status: 'resumed', coachId: event.data.coachId, resumedOn: event.data.resumedOn };
    default:
      return assertNever(event);
  }
}

/**
 * A supervisor's pause of a coach, on a stream of its own: the coach's own pause switch lives in matching, and
 * the two are independent (a coach paused by their supervisor cannot un-pause themselves by resuming in matching).
 */
export const pauseDecider: Decider<PauseCommand, PauseEvent, PauseState> = {
  decide: decidePause,
  evolve: evolvePause,
  initialState: { status: 'never_paused' },
};

export const pauseStreamId = (coachId: string): string => `supervision-pause-${coachId}`;
