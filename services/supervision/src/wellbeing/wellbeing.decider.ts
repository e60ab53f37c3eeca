import { DomainError, type Decider } from '@tapestry/eventsourcing';
import { assertNever, type CalendarDate } from '@tapestry/domain';
import type { WellbeingEvent } from './wellbeing.events';
import { MAX_ITEM_SCORE, MIN_ITEM_SCORE, WELLBEING_ITEMS, totalOf, type WellbeingItem, type WellbeingScores } from './wellbeing-scale';

export const MAX_CHECK_IN_TEXT = 4_000;

export interface CheckInSummary {
  checkInId: string;
  recordedOn: CalendarDate;
  total: number;
}

/** One stream per coach: their check-ins over time. */
export type WellbeingState = { status: 'none' } | { status: 'checking_in'; coachId: string; checkIns: CheckInSummary[] };

export interface RecordWellbeingCheckIn {
  type: 'RecordWellbeingCheckIn';
  checkInId: string;
  coachId: string;
  /** Who is asking; only the coach checks in for themselves. */
  actorId: string;
  scores: Partial<Record<string, number>>;
  text: string | null;
  today: CalendarDate;
  now: Date;
}

export type WellbeingCommand = RecordWellbeingCheckIn;

function validScores(scores: Partial<Record<string, number>>): WellbeingScores {
  const unknown = Object.keys(scores).filter((item) => !(WELLBEING_ITEMS as readonly string[]).includes(item));
  if (unknown.length > 0) throw new DomainError('BAD_USER_INPUT', `The check-in has no item "${unknown.join('", "')}".`, { field: 'scores' });
  const valid = {} as WellbeingScores;
  for (const item of WELLBEING_ITEMS) valid[item] = validScore(item, scores[item]);
  return valid;
}

function validScore(item: WellbeingItem, score: number | undefined): number {
  if (score === undefined) throw new DomainError('BAD_USER_INPUT', `Answer every statement; "${item}" has no answer.`, { field: `scores.${item}` });
  if (!Number.isInteger(score) || score < MIN_ITEM_SCORE || score > MAX_ITEM_SCORE) {
    throw new DomainError('SCORE_OUT_OF_RANGE', `Each answer is a whole number from ${MIN_ITEM_SCORE} to ${MAX_ITEM_SCORE}; "${item}" was ${score}.`, {
      field: `scores.${item}`,
      min: MIN_ITEM_SCORE,
      max: MAX_ITEM_SCORE,
    });
  }
  return score;
}

function record(command: RecordWellbeingCheckIn, state: WellbeingState): WellbeingEvent[] {
  if (command.actorId !== command.coachId) throw new DomainError('FORBIDDEN', 'Only the coach can check in for themselves.');
  if (state.status === 'checking_in' && state.checkIns.some(({ checkInId }) => checkInId === command.checkInId)) {
    throw new DomainError('CONFLICT', 'This check-in was already recorded.', { checkInId: command.checkInId });
  }
  const scores = validScores(command.scores);
  const text = command.text?.trim() ?? '';
  if (text.length > MAX_CHECK_IN_TEXT) throw new DomainError('BAD_USER_INPUT', `The note is at most ${MAX_CHECK_IN_TEXT} characters.`, { field: 'text' });
  const { checkInId, coachId } = command;
  const at = command.now.toISOString();
  const events: WellbeingEvent[] = [{ type: 'WellbeingCheckInRecorded', data: { checkInId, coachId, recordedOn: command.today, scores, total: totalOf(scores), recordedAt: at } }];
  if (text.length > 0) events.push({ type: 'WellbeingNoteWritten', data: { checkInId, coachId, text, writtenAt: at } });
  return events;
}

function decideWellbeing(command: WellbeingCommand, state: WellbeingState): WellbeingEvent[] {
  switch (command.type) {
    case 'RecordWellbeingCheckIn':
      return record(command, state);
    default:
      return assertNever(command.type);
  }
}

function evolveWellbeing(state: WellbeingState, event: WellbeingEvent): WellbeingState {
  switch (event.type) {
    case 'WellbeingCheckInRecorded': {
      const { checkInId, coachId, recordedOn, total } = event.data;
      const checkIns = state.status === 'none' ? [] : state.checkIns;
      return { status: 'checking_in', coachId, checkIns: [...checkIns, { checkInId, recordedOn, total }] };
    }
    case 'WellbeingNoteWritten':
      return state;
    default:
      return assertNever(event);
  }
}

/** A coach's wellbeing check-ins. */
export const wellbeingDecider: Decider<WellbeingCommand, WellbeingEvent, WellbeingState> = {
  decide: decideWellbeing,
  evolve: evolveWellbeing,
  initialState: { status: 'none' },
};

export const wellbeingStreamId = (coachId: string): string => `wellbeing-${coachId}`;
