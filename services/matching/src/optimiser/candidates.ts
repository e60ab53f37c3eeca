import { pairRuleBroken } from './hard-rules';
import type { RuleContext } from './rule-context';
import type { HardRule } from './round.types';
import type { PairScorer, ScoredCoach, ScoredRequest } from './score';

export const HARD_RULES: readonly HardRule[] = [
  'paused',
  'unresponsive',
  'capacity',
  'eligibility',
  'self',
  'excluded',
  'declined_before',
  'line_management',
  'same_team',
  'organisation',
  'gender',
  'format',
  'site',
];
export const RULE_INDEX = Object.fromEntries(HARD_RULES.map((rule, index) => [rule, index])) as Record<HardRule, number>;

export interface CandidateLimits {
  /** Best allowed coaches kept per request; Infinity keeps every allowed pair (exact on the whole graph). */
  perRequest: number;
  /** Best allowed requests kept per coach, so a coach everyone ranks second still has someone to take. */
  perCoach: number;
}

/** Allowed pairs the solver may choose from, as parallel arrays. */
export interface CandidatePairs {
  request: Int32Array;
  coach: Int32Array;
  /** Weighted score without the load part. */
  value: Float64Array;
  /** Allowed coaches per request before pruning. */
  allowedPerRequest: Int32Array;
  /** For each request, how many coaches each hard rule ruled out (HARD_RULES order). */
  ruleCounts: Int32Array;
}

/** The best `limit` (index, key) entries seen so far; ties keep the entry seen first, so the order of input decides. */
class BestOf {
  readonly indices: number[] = [];
  readonly keys: number[] = [];
  private worst = 0;

  constructor(private readonly limit: number) {}

  offer(index: number, key: number): void {
    if (this.limit <= 0) return;
    if (this.indices.length < this.limit) {
      this.indices.push(index);
      this.keys.push(key);
      if (this.indices.length === 1 || key < this.keys[this.worst]) this.worst = this.indices.length - 1;
      return;
    }
    if (key <= this.keys[this.worst]) return;
    this.indices[this.worst] = index;
    this.keys[this.worst] = key;
    let worst = 0;
    for (let at = 1; at < this.keys.length; at++) if (this.keys[at] < this.keys[worst]) worst = at;
    this.worst = worst;
  }
}

export interface CandidateSearch {
  requests: readonly ScoredRequest[];
  /** Coaches with a free place this round (every coach-level rule passed). */
  coaches: readonly ScoredCoach[];
  /** For each request, counts of the coaches left out of `coaches` by the rule that left them out (HARD_RULES order). */
  coachRuleCounts: Int32Array;
  /** Weighted value of each coach's first free place, so emptier coaches rank higher when pruning. */
  firstPlaceValue: Float64Array;
  skipRequest: (request: number) => boolean;
  context: RuleContext;
  scorer: PairScorer;
  limits: CandidateLimits;
}

/** Coaches grouped by the (programme, kind) bits they are eligible for, so ineligible pairs are never visited. */
function eligibleCoachesByBit(search: CandidateSearch): Map<number, number[]> {
  const byBit = new Map<number, number[]>();
  for (const { facts } of search.requests) {
    if (byBit.has(facts.eligibilityBit)) continue;
    const eligible: number[] = [];
    search.coaches.forEach((coach, index) => {
      if ((coach.facts.eligibility & facts.eligibilityBit) !== 0) eligible.push(index);
    });
    byBit.set(facts.eligibilityBit, eligible);
  }
  return byBit;
}

export function findCandidates(search: CandidateSearch): CandidatePairs {
  const { requests, coaches, context, scorer, limits } = search;
  const ruleCounts = new Int32Array(search.coachRuleCounts);
  const allowedPerRequest = new Int32Array(requests.length);
  const byCoach = coaches.map(() => new BestOf(limits.perCoach));
  const byRequest: BestOf[] = [];
  const eligibleByBit = eligibleCoachesByBit(search);
  const width = HARD_RULES.length;
  requests.forEach((request, requestIndex) => {
    const best = new BestOf(limits.perRequest);
    byRequest.push(best);
    if (search.skipRequest(requestIndex)) return;
    const eligible = eligibleByBit.get(request.facts.eligibilityBit) ?? [];
    for (const coachIndex of eligible) {
      const coach = coaches[coachIndex];
      const rule = pairRuleBroken(request.facts, coach.facts, context);
      if (rule !== null) {
        ruleCounts[requestIndex * width + RULE_INDEX[rule]]++;
        continue;
      }
      allowedPerRequest[requestIndex]++;
      const key = scorer.pairValue(request, coach) + search.firstPlaceValue[coachIndex];
      best.offer(coachIndex, key);
      byCoach[coachIndex].offer(requestIndex, key);
    }
  });
  return collectPairs(search, byRequest, byCoach, allowedPerRequest, ruleCounts);
}

function collectPairs(search: CandidateSearch, byRequest: BestOf[], byCoach: BestOf[], allowedPerRequest: Int32Array, ruleCounts: Int32Array): CandidatePairs {
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const coachCount = search.coaches.length;
  const add = (request: number, coach: number): void => {
    const key = request * coachCount + coach;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push([request, coach]);
  };
  byRequest.forEach((best, request) => best.indices.forEach((coach) => add(request, coach)));
  byCoach.forEach((best, coach) => best.indices.forEach((request) => add(request, coach)));
  // A fixed order of columns keeps the solver's choice among equal optima the same run after run.
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const value = new Float64Array(pairs.length);
  pairs.forEach(([request, coach], index) => {
    value[index] = search.scorer.pairValue(search.requests[request], search.coaches[coach]);
  });
  return {
    request: Int32Array.from(pairs, ([request]) => request),
    coach: Int32Array.from(pairs, ([, coach]) => coach),
    value,
    allowedPerRequest,
    ruleCounts,
  };
}
