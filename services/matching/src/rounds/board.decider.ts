import { DomainError, type Decider } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';
import type { PairRef, Programme, Proposal, RoundResult, ScoreWeights, UnmatchedRequest } from '../optimiser/round.types';

/** A lead's decision about one pair, kept with its reason so the match can be explained later. */
export interface PairDecision extends PairRef {
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

/** Everything a round was given and what it proposed: enough to explain any match later. */
export interface RoundRecord {
  roundId: string;
  scopeKind: 'organisation' | 'consortium';
  scopeId: string;
  programme: Programme;
  ranAt: string;
  ranBy: string;
  weights: ScoreWeights;
  requestIds: string[];
  coachIds: string[];
  pins: PairDecision[];
  exclusions: PairDecision[];
  proposals: Proposal[];
  unmatched: UnmatchedRequest[];
  rejectedPins: RoundResult['rejectedPins'];
  totalScore: number;
}

export type BoardEvent =
  | { type: 'PairPinned'; data: PairDecision }
  | { type: 'PairExcluded'; data: PairDecision }
  | { type: 'PairReleased'; data: PairRef }
  | { type: 'MatchingRoundRun'; data: RoundRecord };

export interface BoardState {
  pins: PairDecision[];
  exclusions: PairDecision[];
  lastRoundId: string | null;
}

export type BoardCommand =
  | { type: 'PinPair'; decision: PairDecision }
  | { type: 'ExcludePair'; decision: PairDecision }
  | { type: 'ReleasePair'; pair: PairRef }
  | { type: 'RecordRound'; round: RoundRecord };

const samePair = (a: PairRef, b: PairRef): boolean => a.requestId === b.requestId && a.coachId === b.coachId;

function decideBoard(command: BoardCommand, state: BoardState): BoardEvent[] {
  switch (command.type) {
    case 'PinPair':
      if (state.pins.some((pin) => samePair(pin, command.decision))) throw new DomainError('CONFLICT', 'This pair is already pinned.');
      return [{ type: 'PairPinned', data: command.decision }];
    case 'ExcludePair':
      if (state.exclusions.some((exclusion) => samePair(exclusion, command.decision))) throw new DomainError('CONFLICT', 'This pair is already excluded.');
      return [{ type: 'PairExcluded', data: command.decision }];
    case 'ReleasePair':
      return state.pins.some((pin) => samePair(pin, command.pair)) || state.exclusions.some((exclusion) => samePair(exclusion, command.pair))
        ? [{ type: 'PairReleased', data: command.pair }]
        : [];
    case 'RecordRound':
      return [{ type: 'MatchingRoundRun', data: command.round }];
    default:
      return assertNever(command);
  }
}

function evolveBoard(state: BoardState, event: BoardEvent): BoardState {
  switch (event.type) {
    case 'PairPinned':
      // One pin per request: a new pin replaces the last; pinning a pair lifts its exclusion.
      return {
        ...state,
        pins: [...state.pins.filter((pin) => pin.requestId !== event.data.requestId), event.data],
        exclusions: state.exclusions.filter((exclusion) => !samePair(exclusion, event.data)),
      };
    case 'PairExcluded':
      return {
        ...state,
        exclusions: [...state.exclusions, event.data],
        pins: state.pins.filter((pin) => !samePair(pin, event.data)),
      };
    case 'PairReleased':
      return {
        ...state,
        pins: state.pins.filter((pin) => !samePair(pin, event.data)),
        exclusions: state.exclusions.filter((exclusion) => !samePair(exclusion, event.data)),
      };
    case 'MatchingRoundRun':
      return { ...state, lastRoundId: event.data.roundId };
    default:
      return assertNever(event);
  }
}

/**
 * The lead's matching board for one scope (an organisation or a consortium) and programme: the pins and exclusions
 * that carry from one round to the next, and the rounds run.
 */
export const boardDecider: Decider<BoardCommand, BoardEvent, BoardState> = {
  decide: decideBoard,
  evolve: evolveBoard,
  initialState: { pins: [], exclusions: [], lastRoundId: null },
};

export const boardStreamId = (scopeId: string, programme: Programme): string => `board-${scopeId}-${programme}`;
