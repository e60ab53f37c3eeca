import { coachFacts, requestFacts, type CoachFacts, type RequestFacts } from './pair-facts';
import type { RuleContext } from './rule-context';
import type { HardRule, OpenRequest, PoolCoach } from './round.types';

/** Rules about the coach alone, in the order they are reported. */
export function coachRuleBroken(coach: CoachFacts): HardRule | null {
  if (coach.coach.paused) return 'paused';
  if (coach.coach.unresponsive) return 'unresponsive';
  if (coach.freeSlots <= 0) return 'capacity';
  return null;
}

/** True when they can meet in person at the requester's site, on terms both accept. */
export function canMeetAtRequesterSite(request: RequestFacts, coach: CoachFacts): boolean {
  return request.site >= 0 && request.request.preferences.format !== 'remote' && coach.inPerson && coach.meetSites.has(request.site);
}

export function bothAcceptRemote(request: RequestFacts, coach: CoachFacts): boolean {
  return request.request.preferences.format !== 'in_person' && coach.remote;
}

/**
 * Rules about the pair, assuming the coach passed `coachRuleBroken`. Kept as one flat function because it runs for
 * every pair of a large round.
 */
export function pairRuleBroken(request: RequestFacts, coach: CoachFacts, context: RuleContext): HardRule | null {
  if ((coach.eligibility & request.eligibilityBit) === 0) return 'eligibility';
  if (coach.person === request.person) return 'self';
  if (request.excluded?.has(coach.person)) return 'excluded';
  if (request.declined?.has(coach.person)) return 'declined_before';
  if (
    coach.person === request.manager ||
    coach.person === request.managersManager ||
    request.person === coach.manager ||
    request.person === coach.managersManager
  ) {
    return 'line_management';
  }
  const preferences = request.request.preferences;
  if (preferences.notSameTeam && request.manager >= 0 && request.manager === coach.manager) return 'same_team';
  if (coach.organisation !== request.organisation && !context.sharingWith.get(request.organisation)?.has(coach.organisation)) {
    return 'organisation';
  }
  if (request.gender >= 0 && coach.gender !== request.gender) return 'gender';
  if ((preferences.format === 'in_person' && !coach.inPerson) || (preferences.format === 'remote' && !coach.remote)) return 'format';
  if (preferences.site === 'same' && !canMeetAtRequesterSite(request, coach) && !bothAcceptRemote(request, coach)) return 'site';
  return null;
}

/**
 * The first hard rule the pair breaks, or null when it may be proposed. For checking a lead's pin or approval
 * outside a round too: build `context` with `buildRuleContext` from the facts at hand. Capacity here means the coach
 * has no free place at all; places taken by other proposals of the same round are the optimiser's business.
 */
export function hardRuleBroken(request: OpenRequest, coach: PoolCoach, context: RuleContext): HardRule | null {
  const coachSide = coachFacts(context, coach);
  return coachRuleBroken(coachSide) ?? pairRuleBroken(requestFacts(context, request), coachSide, context);
}
