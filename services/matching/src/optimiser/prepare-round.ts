import { HARD_RULES, RULE_INDEX } from './candidates';
import { coachRuleBroken, pairRuleBroken } from './hard-rules';
import { coachFacts, requestFacts } from './pair-facts';
import { buildRuleContext, type RuleContext } from './rule-context';
import type { HardRule, PairRef, RoundInput } from './round.types';
import { PairScorer, type ScoredCoach, type ScoredRequest } from './score';

/**
 * A round with every person compiled to numbers and sorted by id. Sorting first makes the result independent of the
 * order the service listed requests, coaches and pins in: the solver sees the same model either way.
 */
export interface PreparedRound {
  input: RoundInput;
  context: RuleContext;
  scorer: PairScorer;
  requests: ScoredRequest[];
  coaches: ScoredCoach[];
}

function byId<T>(items: readonly T[], id: (item: T) => string): T[] {
  const unique = new Map<string, T>();
  for (const item of items) if (!unique.has(id(item))) unique.set(id(item), item);
  return [...unique.values()].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

export function prepareRound(input: RoundInput): PreparedRound {
  const context = buildRuleContext(input);
  const scorer = new PairScorer(input.weights, input.now);
  const coaches = byId(input.coaches, (coach) => coach.person.personId).map((coach) => scorer.coach(coachFacts(context, coach)));
  const requests = byId(input.requests, (request) => request.requestId).map((request) => scorer.request(requestFacts(context, request)));
  return { input, context, scorer, requests, coaches };
}

export interface PinnedPair {
  request: number;
  coach: number;
}

export interface PinOutcome {
  accepted: PinnedPair[];
  rejected: Array<PairRef & { rule: HardRule }>;
  /** Places each coach gives to accepted pins. */
  placesTaken: Int32Array;
}

/**
 * Pins in id order, each checked against the hard rules and against the places earlier pins took. A pin naming a
 * request or coach the round does not hold breaks eligibility (they are not open or not in the pool); a second pin
 * for a request already pinned breaks capacity (a request takes one coach).
 */
export function resolvePins(round: PreparedRound): PinOutcome {
  const requestIndex = new Map(round.requests.map((request, index) => [request.facts.request.requestId, index]));
  const coachIndex = new Map(round.coaches.map((coach, index) => [coach.facts.coach.person.personId, index]));
  const pins = byId(round.input.pins, (pin) => `${pin.requestId}\u0000${pin.coachId}`);
  const placesTaken = new Int32Array(round.coaches.length);
  const pinnedRequests = new Set<number>();
  const accepted: PinnedPair[] = [];
  const rejected: PinOutcome['rejected'] = [];
  for (const pin of pins) {
    const request = requestIndex.get(pin.requestId);
    const coach = coachIndex.get(pin.coachId);
    const reject = (rule: HardRule): void => void rejected.push({ requestId: pin.requestId, coachId: pin.coachId, rule });
    if (request === undefined || coach === undefined) {
      reject('eligibility');
      continue;
    }
    const coachSide = round.coaches[coach].facts;
    const rule = coachRuleBroken(coachSide) ?? pairRuleBroken(round.requests[request].facts, coachSide, round.context);
    if (rule !== null) reject(rule);
    else if (pinnedRequests.has(request) || placesTaken[coach] >= coachSide.freeSlots) reject('capacity');
    else {
      accepted.push({ request, coach });
      pinnedRequests.add(request);
      placesTaken[coach]++;
    }
  }
  return { accepted, rejected, placesTaken };
}

export interface OpenCoaches {
  /** Indices into the round's coaches of those with a place left after pins. */
  indices: number[];
  /** Per request, how many coaches each coach-level rule left out among those eligible for its programme and kind. */
  ruleCounts: Int32Array;
}

export function openCoaches(round: PreparedRound, placesTaken: Int32Array): OpenCoaches {
  const width = HARD_RULES.length;
  const ruleOf = round.coaches.map(
    (coach, index): HardRule | null => coachRuleBroken(coach.facts) ?? (placesTaken[index] >= coach.facts.freeSlots ? 'capacity' : null),
  );
  const countsByBit = new Map<number, Int32Array>();
  const ruleCounts = new Int32Array(round.requests.length * width);
  round.requests.forEach(({ facts }, requestIndex) => {
    let counts = countsByBit.get(facts.eligibilityBit);
    if (!counts) {
      counts = new Int32Array(width);
      round.coaches.forEach((coach, index) => {
        const rule = (coach.facts.eligibility & facts.eligibilityBit) === 0 ? 'eligibility' : ruleOf[index];
        if (rule !== null) (counts as Int32Array)[RULE_INDEX[rule]]++;
      });
      countsByBit.set(facts.eligibilityBit, counts);
    }
    ruleCounts.set(counts, requestIndex * width);
  });
  return { indices: ruleOf.flatMap((rule, index) => (rule === null ? [index] : [])), ruleCounts };
}
