import { DomainError, type Decider } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';
import type { MeetingFormat } from '../optimiser/round.types';

/** Concurrent relationships the programme allows by default, and the most any programme may allow. */
export const DEFAULT_CAPACITY = 2;
export const MAX_CAPACITY = 5;

export interface CoachPreferences {
  capacity: number;
  siteIds: string[];
  tags: string[];
  formats: MeetingFormat[];
  gender: string | null;
}

export type CoachEvent =
  | { type: 'CoachPreferencesSet'; data: { coachId: string; organisationId: string; paused: boolean } & CoachPreferences }
  | { type: 'CoachPaused'; data: { coachId: string; organisationId: string; capacity: number; pausedAt: string; reason: string | null } }
  | { type: 'CoachResumed'; data: { coachId: string; organisationId: string; capacity: number; resumedAt: string } }
  | { type: 'CoachSlotTaken'; data: { coachId: string; organisationId: string; relationshipId: string } }
  | { type: 'CoachSlotReleased'; data: { coachId: string; organisationId: string; relationshipId: string } }
  | { type: 'CoachFlaggedUnresponsive'; data: { coachId: string; organisationId: string; relationshipId: string; flaggedAt: string } }
  | { type: 'CoachResponded'; data: { coachId: string; organisationId: string; relationshipId: string; respondedAt: string } };

export interface CoachState {
  organisationId: string | null;
  preferences: CoachPreferences;
  paused: boolean;
  /** Relationships holding one of the coach's places: introduced or active. */
  slots: string[];
  /** Introductions the coach left unanswered past the limit; proposed again once they answer all of them. */
  unanswered: string[];
}

export type CoachCommand =
  | { type: 'SetCoachPreferences'; coachId: string; organisationId: string; preferences: CoachPreferences; paused: boolean | null; now: Date }
  | { type: 'TakeSlot'; coachId: string; organisationId: string; relationshipId: string; capacity: number }
  | { type: 'ReleaseSlot'; coachId: string; relationshipId: string }
  | { type: 'FlagUnresponsive'; coachId: string; relationshipId: string; now: Date }
  | { type: 'RecordResponse'; coachId: string; relationshipId: string; now: Date };

export const initialCoachState: CoachState = {
  organisationId: null,
  preferences: { capacity: DEFAULT_CAPACITY, siteIds: [], tags: [], formats: ['in_person', 'remote'], gender: null },
  paused: false,
  slots: [],
  unanswered: [],
};

function setPreferences(command: Extract<CoachCommand, { type: 'SetCoachPreferences' }>, state: CoachState): CoachEvent[] {
  const { coachId, organisationId, preferences, paused, now } = command;
  if (paused === true && state.paused) throw new DomainError('ALREADY_PAUSED', 'You are already paused; resume before pausing again.', { coachId });
  const pausedAfter = paused ?? state.paused;
  const { capacity } = preferences;
  const events: CoachEvent[] = [{ type: 'CoachPreferencesSet', data: { coachId, organisationId, paused: pausedAfter, ...preferences } }];
  if (paused === true) events.push({ type: 'CoachPaused', data: { coachId, organisationId, capacity, pausedAt: now.toISOString(), reason: null } });
  if (paused === false && state.paused) events.push({ type: 'CoachResumed', data: { coachId, organisationId, capacity, resumedAt: now.toISOString() } });
  return events;
}

function takeSlot(command: Extract<CoachCommand, { type: 'TakeSlot' }>, state: CoachState): CoachEvent[] {
  const { coachId, organisationId, relationshipId, capacity } = command;
  if (state.slots.includes(relationshipId)) return [];
  if (state.paused) throw new DomainError('COACH_PAUSED', 'This coach has paused matching; re-run the round to propose someone else.', { coachId });
  if (state.unanswered.length > 0) {
    throw new DomainError('COACH_UNRESPONSIVE', 'This coach has introductions they have not answered; re-run the round to propose someone else.', {
      coachId,
    });
  }
  if (state.slots.length >= capacity) {
    throw new DomainError(
      'CAPACITY_REACHED',
      `This coach already supports ${state.slots.length} ${state.slots.length === 1 ? 'person' : 'people'}, their limit; re-run the round to propose someone else.`,
      { coachId, capacity },
    );
  }
  return [{ type: 'CoachSlotTaken', data: { coachId, organisationId, relationshipId } }];
}

function decideCoach(command: CoachCommand, state: CoachState): CoachEvent[] {
  const organisationId = state.organisationId ?? '';
  switch (command.type) {
    case 'SetCoachPreferences':
      return setPreferences(command, state);
    case 'TakeSlot':
      return takeSlot(command, state);
    case 'ReleaseSlot':
      return state.slots.includes(command.relationshipId)
        ? [{ type: 'CoachSlotReleased', data: { coachId: command.coachId, organisationId, relationshipId: command.relationshipId } }]
        : [];
    case 'FlagUnresponsive':
      return state.unanswered.includes(command.relationshipId) || !state.slots.includes(command.relationshipId)
        ? []
        : [
            {
              type: 'CoachFlaggedUnresponsive',
              data: { coachId: command.coachId, organisationId, relationshipId: command.relationshipId, flaggedAt: command.now.toISOString() },
            },
          ];
    case 'RecordResponse':
      return state.unanswered.includes(command.relationshipId)
        ? [
            {
              type: 'CoachResponded',
              data: { coachId: command.coachId, organisationId, relationshipId: command.relationshipId, respondedAt: command.now.toISOString() },
            },
          ]
        : [];
    default:
      return assertNever(command);
  }
}

function evolveCoach(state: CoachState, event: CoachEvent): CoachState {
  switch (event.type) {
    case 'CoachPreferencesSet': {
      const { organisationId, capacity, siteIds, tags, formats, gender } = event.data;
      return { ...state, organisationId, preferences: { capacity, siteIds, tags, formats, gender } };
    }
    case 'CoachPaused':
      return { ...state, organisationId: event.data.organisationId, paused: true };
    case 'CoachResumed':
      return { ...state, paused: false };
    case 'CoachSlotTaken':
      return { ...state, organisationId: event.data.organisationId, slots: [...state.slots, event.data.relationshipId] };
    case 'CoachSlotReleased':
      return {
        ...state,
        slots: state.slots.filter((id) => id !== event.data.relationshipId),
        unanswered: state.unanswered.filter((id) => id !== event.data.relationshipId),
      };
    case 'CoachFlaggedUnresponsive':
      return { ...state, unanswered: [...state.unanswered, event.data.relationshipId] };
    case 'CoachResponded':
      return { ...state, unanswered: state.unanswered.filter((id) => id !== event.data.relationshipId) };
    default:
      return assertNever(event);
  }
}

/**
 * A coach or mentor as matching holds them: their preferences, the pause switch, and the places they have given.
 * Capacity is enforced here, on one stream per coach, so concurrent approvals conflict and re-decide: never more
 * relationships than places.
 */
export const coachDecider: Decider<CoachCommand, CoachEvent, CoachState> = {
  decide: decideCoach,
  evolve: evolveCoach,
  initialState: initialCoachState,
};

export const coachStreamId = (coachId: string): string => `coach-${coachId}`;
