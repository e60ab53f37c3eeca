import { experiencePart, TagVocabulary, wantedTags, type WantedTags } from './experience';
import { bothAcceptRemote, canMeetAtRequesterSite } from './hard-rules';
import type { CoachFacts, RequestFacts } from './pair-facts';
import { SHIFT_PATTERNS, type PoolCoach, type ScoreParts, type ScoreWeights, type ShiftPattern } from './round.types';

const DAY_MS = 86_400_000;
/** Waiting saturates here: after twelve weeks every further week matters no more than the last. */
export const WAITING_SATURATION_WEEKS = 12;

/** The parts of a pair's score that do not depend on how full the coach already is. */
export type PairParts = Omit<ScoreParts, 'load'>;

export interface ScoredRequest {
  facts: RequestFacts;
  waiting: number;
  wanted: WantedTags;
  /** Fit of each coach shift pattern to the requester's; null when they did not ask for a compatible shift. */
  shiftFits: Float64Array | null;
}

export interface ScoredCoach {
  facts: CoachFacts;
  tags: Int32Array;
  shiftNumber: number;
}

export function waitingWeeks(requestedAt: string, now: string): number {
  return Math.max(0, (Date.parse(now) - Date.parse(requestedAt)) / (7 * DAY_MS));
}

/** Same site 1, can meet at the requester's site 0.8, remote 0.3 (it works, but a walk down the corridor is better). */
export function locationPart(request: RequestFacts, coach: CoachFacts): number {
  if (request.site >= 0 && coach.site === request.site) return 1;
  if (canMeetAtRequesterSite(request, coach)) return 0.8;
  if (bothAcceptRemote(request, coach)) return 0.3;
  return 0;
}

const NIGHT_AND_DAY: ReadonlySet<string> = new Set(['days:nights', 'nights:days']);
/** Partial fits between different patterns; pairs not listed fit at 0.5. */
const PARTIAL_FIT: Readonly<Record<string, number>> = {
  'days:part_time': 0.7,
  'part_time:days': 0.7,
  'nights:part_time': 0.2,
  'part_time:nights': 0.2,
};

/** How easily two working patterns find a common hour: same pattern or flexible fit, nights and days do not. */
export function shiftFit(requester: ShiftPattern, coach: ShiftPattern): number {
  if (requester === 'unknown' || coach === 'unknown') return 0.5;
  if (requester === coach) return 1;
  if (requester === 'flexible' || coach === 'flexible') return 0.8;
  const key = `${requester}:${coach}`;
  if (NIGHT_AND_DAY.has(key)) return 0;
  return PARTIAL_FIT[key] ?? 0.5;
}

/** shiftFit as a table row per requester pattern, indexed by the coach's pattern number: no strings in the pair loop. */
const SHIFT_FIT_ROWS: ReadonlyMap<ShiftPattern, Float64Array> = new Map(
  SHIFT_PATTERNS.map((requester) => [requester, Float64Array.from(SHIFT_PATTERNS, (coach) => shiftFit(requester, coach))]),
);

function shiftPart(request: ScoredRequest, coach: ScoredCoach): number {
  return request.shiftFits === null ? 1 : request.shiftFits[coach.shiftNumber];
}

export function crossesDirectorate(request: RequestFacts, coach: CoachFacts): boolean {
  return coach.organisation !== request.organisation || (coach.directorate >= 0 && request.directorate >= 0 && coach.directorate !== request.directorate);
}

/** The silos the requester asked to cross that this coach is outside of. */
export function siloCrossings(request: RequestFacts, coach: CoachFacts): { directorate: boolean; staffGroup: boolean; organisation: boolean } {
  const preferences = request.request.preferences;
  return {
    directorate: preferences.outsideDirectorate && crossesDirectorate(request, coach),
    staffGroup: preferences.outsideStaffGroup && coach.staffGroup !== request.staffGroup,
    organisation: preferences.outsideOrganisation && coach.organisation !== request.organisation,
  };
}

/** Share of the silos the requester asked to cross that this coach is outside of; 1 when they asked for none. */
export function siloPart(request: RequestFacts, coach: CoachFacts): number {
  const preferences = request.request.preferences;
  let asked = 0;
  let crossed = 0;
  if (preferences.outsideDirectorate) {
    asked++;
    if (crossesDirectorate(request, coach)) crossed++;
  }
  if (preferences.outsideStaffGroup) {
    asked++;
    if (coach.staffGroup !== request.staffGroup) crossed++;
  }
  if (preferences.outsideOrganisation) {
    asked++;
    if (coach.organisation !== request.organisation) crossed++;
  }
  return asked === 0 ? 1 : crossed / asked;
}

/**
 * The value of a coach's next place: 1 for someone with nobody, falling as they fill up. Marginal values fall with
 * each place, so the round stays a transportation problem and the solver fills empty coaches first.
 */
export function slotLoadValue(coach: PoolCoach, slot: number): number {
  return coach.capacity <= 0 ? 0 : Math.max(0, 1 - (coach.activeRelationships + slot) / coach.capacity);
}

export class PairScorer {
  readonly vocabulary = new TagVocabulary();

  constructor(
    readonly weights: ScoreWeights,
    private readonly now: string,
  ) {}

  /** Coaches first: their tags make the vocabulary that requests' goals are read against. */
  coach(facts: CoachFacts): ScoredCoach {
    const tags = new Set(facts.coach.tags.map((tag) => this.vocabulary.add(tag)));
    return { facts, tags: Int32Array.from(tags), shiftNumber: SHIFT_PATTERNS.indexOf(facts.shift) };
  }

  request(facts: RequestFacts): ScoredRequest {
    const { request } = facts;
    return {
      facts,
      waiting: Math.min(1, waitingWeeks(request.requestedAt, this.now) / WAITING_SATURATION_WEEKS),
      wanted: wantedTags(this.vocabulary, request.topics, request.goals),
      shiftFits: request.preferences.shiftCompatible ? (SHIFT_FIT_ROWS.get(request.requester.shiftPattern) ?? null) : null,
    };
  }

  parts(request: ScoredRequest, coach: ScoredCoach): PairParts {
    return {
      location: locationPart(request.facts, coach.facts),
      shift: shiftPart(request, coach),
      experience: experiencePart(request.wanted, coach.tags),
      silo: siloPart(request.facts, coach.facts),
      waiting: request.waiting,
    };
  }

  /** Weighted parts without the load, with no allocation: this runs for every allowed pair of a round. */
  pairValue(request: ScoredRequest, coach: ScoredCoach): number {
    const weights = this.weights;
    return (
      weights.location * locationPart(request.facts, coach.facts) +
      weights.shift * shiftPart(request, coach) +
      weights.experience * experiencePart(request.wanted, coach.tags) +
      weights.silo * siloPart(request.facts, coach.facts) +
      weights.waiting * request.waiting
    );
  }

  loadValue(coach: ScoredCoach, slot: number): number {
    return this.weights.load * slotLoadValue(coach.facts.coach, slot);
  }
}

export function weightedTotal(parts: ScoreParts, weights: ScoreWeights): number {
  return (
    weights.location * parts.location +
    weights.shift * parts.shift +
    weights.experience * parts.experience +
    weights.silo * parts.silo +
    weights.waiting * parts.waiting +
    weights.load * parts.load
  );
}
